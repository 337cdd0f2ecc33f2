namespace PostMortemFlow.Domain.Prevention;

/// <summary>
/// One query of a post-mortem's signature: a range query whose samples drafted a first symptom, the series that
/// crossed, and the pre-incident baseline threshold it crossed.
/// </summary>
[GenerateSerializer, Alias("pmf.SignatureQuery")]
public sealed record SignatureQuery
{
    /// <summary>The evidence source that ran it: "prometheus", or "uploads" for an uploaded export (which has no query to re-run).</summary>
    [Id(0)] public string Source { get; init; } = "";
    /// <summary>The artifact's name without extension, e.g. "api-5xx-rate".</summary>
    [Id(1)] public string Name { get; init; } = "";
    /// <summary>The PromQL text as it ran; null when the samples came from an upload.</summary>
    [Id(2)] public string? Query { get; init; }
    /// <summary>The labels of the series that crossed, as PromQL writes them (<c>code="500",service="api"</c>).</summary>
    [Id(3)] public string Series { get; init; } = "";
    [Id(4)] public double Baseline { get; init; }
    [Id(5)] public double Threshold { get; init; }
    [Id(6)] public DateTimeOffset FirstAbove { get; init; }
    /// <summary>The stored artifact the first-symptom row points at.</summary>
    [Id(7)] public string? EvidenceRef { get; init; }

    /// <summary>Whether a recurrence check can run it again.</summary>
    public bool CanRerun => !string.IsNullOrWhiteSpace(Query);
}
