using Microsoft.Extensions.Options;

namespace PostMortemFlow.Integrations.Hosting;

/// <summary>Runs a settings validator only when the feature that needs the settings is switched on, e.g. SharePoint as the reports provider.</summary>
internal sealed class ValidateWhen<TOptions>(IValidateOptions<TOptions> validator, Func<bool> active) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options) =>
        active() ? validator.Validate(name, options) : ValidateOptionsResult.Skip;
}
