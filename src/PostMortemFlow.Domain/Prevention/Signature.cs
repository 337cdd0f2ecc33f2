namespace PostMortemFlow.Domain.Prevention;

/// <summary>What the incident looked like in the evidence: the queries that crossed their baseline and the alerts that fired.</summary>
[GenerateSerializer, Alias("pmf.Signature")]
public sealed record Signature
{
    [Id(0)] public ImmutableList<SignatureQuery> Queries { get; init; } = [];
    [Id(1)] public ImmutableList<SignatureAlert> Alerts { get; init; } = [];

    public bool IsEmpty => Queries.IsEmpty && Alerts.IsEmpty;
}
