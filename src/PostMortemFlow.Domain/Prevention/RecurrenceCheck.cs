namespace PostMortemFlow.Domain.Prevention;

/// <summary>
/// One re-run of the signature over the interval since publication: per query whether it crossed its threshold again
/// and when, per alert how often it fired, and the verdicts of the done action items. Never a silent pass: what could
/// not be checked says why.
/// </summary>
[GenerateSerializer, Alias("pmf.RecurrenceCheck")]
public sealed record RecurrenceCheck
{
    public const string FollowUp = "follow-up";
    public const string OnDemand = "on demand";

    /// <summary><see cref="FollowUp"/> or <see cref="OnDemand"/>.</summary>
    [Id(0)] public string Trigger { get; init; } = OnDemand;
    [Id(1)] public DateTimeOffset CheckedAt { get; init; }
    [Id(2)] public DateTimeOffset From { get; init; }
    [Id(3)] public DateTimeOffset To { get; init; }
    [Id(4)] public ImmutableList<QueryRecurrence> Queries { get; init; } = [];
    [Id(5)] public ImmutableList<AlertRecurrence> Alerts { get; init; } = [];
    /// <summary>Why nothing could be checked at all (e.g. no signature); null otherwise.</summary>
    [Id(6)] public string? CouldNotCheck { get; init; }
    /// <summary>Filled in by the workflow from the action items when the result arrives.</summary>
    [Id(7)] public ImmutableList<ItemVerdict> Verdicts { get; init; } = [];

    /// <summary>Something crossed its threshold or fired again.</summary>
    public bool Recurred => Queries.Any(q => q.Recurred == true) || Alerts.Any(a => a.FireCount > 0);

    /// <summary>Every part of the signature was checked.</summary>
    public bool Complete => CouldNotCheck is null && Queries.All(q => q.Checked) && Alerts.All(a => a.Checked);

    /// <summary>When the signature showed again: every episode start and alert firing, in time order.</summary>
    public IEnumerable<DateTimeOffset> RecurredAt =>
        Queries.SelectMany(q => q.Episodes.Select(e => e.Start)).Concat(Alerts.SelectMany(a => a.FiredAt)).Order();

    public ItemVerdict? VerdictOf(string itemId) => Verdicts.Find(v => v.ItemId == itemId);
}
