namespace PostMortemFlow.Domain.Model;

/// <summary>An interval of the incident window a source does not cover (method step 1: never silently dropped).</summary>
[GenerateSerializer, Alias("pmf.DataGap")]
public sealed record DataGap
{
    [Id(0)] public string Source { get; init; } = "";
    [Id(1)] public DateTimeOffset From { get; init; }
    [Id(2)] public DateTimeOffset To { get; init; }
    [Id(3)] public string Reason { get; init; } = "";
}
