namespace PostMortemFlow.Domain.Prevention;

/// <summary>The verdict of one done action item after a recurrence check, with the reason in people's words.</summary>
[GenerateSerializer, Alias("pmf.ItemVerdict")]
public sealed record ItemVerdict
{
    [Id(0)] public string ItemId { get; init; } = "";
    [Id(1)] public PreventionVerdict Verdict { get; init; }
    [Id(2)] public DateTimeOffset ClosedAt { get; init; }
    [Id(3)] public string Reason { get; init; } = "";
}
