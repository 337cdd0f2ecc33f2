using Microsoft.Extensions.Options;

namespace PostMortemFlow.Api.Telemetry;

/// <summary>Settings <c>Telemetry:*</c>. The exporters are chosen by the standard variables, see <c>AddPostMortemTelemetry</c>.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>How old the counts behind the gauges may get before a collection reads the list again.</summary>
    public TimeSpan GaugeRefresh { get; set; } = TimeSpan.FromSeconds(15);
}

public sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options) =>
        options.GaugeRefresh > TimeSpan.Zero
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Telemetry:GaugeRefresh must be positive.");
}
