namespace PostMortemFlow.Domain.Intake;

/// <summary>What became of one delivery: the incident it belongs to, its post-mortem if any, and whether it was a replay.</summary>
[GenerateSerializer, Alias("pmf.IntakeResult")]
public sealed record IntakeResult
{
    public const string Recorded = "recorded";
    public const string Started = "started";
    public const string Updated = "updated";
    public const string Duplicate = "duplicate";

    [Id(0)] public string IncidentKey { get; init; } = "";
    [Id(1)] public string? PostMortemId { get; init; }
    /// <summary>recorded (no post-mortem yet), started, updated (the post-mortem existed) or duplicate.</summary>
    [Id(2)] public string Status { get; init; } = Recorded;
    [Id(3)] public bool Replayed { get; init; }
}
