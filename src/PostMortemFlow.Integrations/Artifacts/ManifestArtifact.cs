namespace PostMortemFlow.Integrations.Artifacts;

/// <summary>One artifact of a source's manifest.</summary>
public sealed record ManifestArtifact
{
    public string Name { get; init; } = "";
    /// <summary>The query, request or file it came from.</summary>
    public string? Query { get; init; }
    /// <summary>Samples, rows, alerts or log lines, whichever the source counts.</summary>
    public long Items { get; init; }
    public long Bytes { get; init; }
    public string Sha256 { get; init; } = "";
    public long Redactions { get; init; }
}
