namespace PostMortemFlow.Domain.Evidence;

/// <summary>What one impact query answered, with the query and the stored file it was read from.</summary>
public sealed record ImpactQueryAnswer(string Query, string EvidenceRef, IReadOnlyList<MetricSeries> Series);
