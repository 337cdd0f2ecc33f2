namespace PostMortemFlow.Domain.Model;

/// <summary>One computed number as people read it, with what it was computed from, so a reviewer can check it.</summary>
[GenerateSerializer, Alias("pmf.ImpactFigure")]
public sealed record ImpactFigure
{
    /// <summary>e.g. "Failed requests".</summary>
    [Id(0)] public string Name { get; init; } = "";
    /// <summary>e.g. "46,208 (1.9 % of 2,431,112)".</summary>
    [Id(1)] public string Value { get; init; } = "";
    /// <summary>How the value follows from the samples, e.g. "Σ failed rate × 15 s over 120 samples".</summary>
    [Id(2)] public string Arithmetic { get; init; } = "";
    [Id(3)] public string? Query { get; init; }
    /// <summary>The stored evidence file the samples were read from.</summary>
    [Id(4)] public string? EvidenceRef { get; init; }
}
