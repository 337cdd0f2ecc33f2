namespace PostMortemFlow.Integrations.Artifacts;

/// <summary>The record of one collection run of one source, stored as <c>…/evidence/{source}/manifest.json</c>.</summary>
public sealed record SourceManifest
{
    public string Source { get; init; } = "";
    public DateTimeOffset WindowFrom { get; init; }
    public DateTimeOffset WindowTo { get; init; }
    public DateTimeOffset CollectedAt { get; init; }
    /// <summary>The part of the window the source had data for; null when it had none.</summary>
    public DateTimeOffset? CoveredFrom { get; init; }
    public DateTimeOffset? CoveredTo { get; init; }
    public long Redactions { get; init; }
    public string? Error { get; init; }
    public IReadOnlyList<ManifestArtifact> Artifacts { get; init; } = [];
}
