namespace PostMortemFlow.Domain.Prevention;

/// <summary>An alert that fired during the incident, as its timeline row names it.</summary>
[GenerateSerializer, Alias("pmf.SignatureAlert")]
public sealed record SignatureAlert
{
    [Id(0)] public string Name { get; init; } = "";
    /// <summary>The source of the row that named it ("prometheus", "alertmanager").</summary>
    [Id(1)] public string Source { get; init; } = "";
    [Id(2)] public DateTimeOffset FiredAt { get; init; }
}
