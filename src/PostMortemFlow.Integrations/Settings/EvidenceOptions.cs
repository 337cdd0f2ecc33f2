using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Uploads;

namespace PostMortemFlow.Integrations.Settings;

/// <summary>Settings <c>Evidence:*</c> that choose the sources and the artifact store.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>The sources each new post-mortem collects from (one fan-out effect each); empty means <c>["uploads"]</c>.</summary>
    public List<string> Sources { get; set; } = [];

    public ArtifactStoreKind Store { get; set; } = ArtifactStoreKind.Local;

    /// <summary>The sources a declaration starts collecting from.</summary>
    public IReadOnlyList<string> SourcesToCollect => Sources.Count == 0 ? [UploadsCollector.SourceName] : Sources;
}

/// <summary>Refuses unknown source names and a Blob store without an account on start.</summary>
public sealed class EvidenceOptionsValidator(IOptions<BlobArtifactStoreOptions> blob) : IValidateOptions<EvidenceOptions>
{
    public static readonly IReadOnlyList<string> KnownSources =
        ["alertmanager", "azuremetrics", "loganalytics", "pagerduty", "prometheus", "teams", "uploads"];

    public ValidateOptionsResult Validate(string? name, EvidenceOptions options)
    {
        var failures = options.Sources.Where(s => !KnownSources.Contains(s, StringComparer.Ordinal))
            .Select(s => $"Evidence:Sources names an unknown source '{s}'; known are {string.Join(", ", KnownSources)}.")
            .ToList();
        if (options.Store == ArtifactStoreKind.Blob && string.IsNullOrWhiteSpace(blob.Value.ConnectionString) && blob.Value.AccountUrl is null)
        {
            failures.Add("Evidence:Blob:ConnectionString or Evidence:Blob:AccountUrl is required when Evidence:Store is Blob.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
