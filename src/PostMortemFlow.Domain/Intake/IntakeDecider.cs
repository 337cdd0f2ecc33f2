using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Intake;

/// <summary>
/// The intake's rules, pure like the workflow's: what a delivery or a promotion makes of an incident's record, and what
/// the incident's post-mortem must be told. A host stores the record, answers from it, and only then hands the
/// commands to the post-mortem — so the answer never depends on the post-mortem taking them.
/// </summary>
public static class IntakeDecider
{
    /// <summary>A delivery seen before changes nothing; a new one is merged, and starts the post-mortem when the policy says so.</summary>
    public static IntakeDecision Receive(IncidentRecord record, IncidentDelivery delivery, DateTimeOffset now, IntakePolicy policy)
    {
        if (record.HasSeen(delivery.DeliveryId))
        {
            return new IntakeDecision(record, Result(record, IntakeResult.Duplicate, replayed: true));
        }
        var hadPostMortem = record.PostMortemId is not null;
        var next = record.Apply(delivery, now);
        if (next.PostMortemId is null && policy.ShouldStart(next))
        {
            next = next with { PostMortemId = IncidentKeys.PostMortemId(next.Key, next.StartedAt!.Value) };
        }
        var status = next.PostMortemId is null ? IntakeResult.Recorded : hadPostMortem ? IntakeResult.Updated : IntakeResult.Started;
        return new IntakeDecision(next, Result(next, status, replayed: false));
    }

    /// <summary>Starts the post-mortem of an incident below the policy; null for an incident no delivery ever named.</summary>
    public static IntakeDecision? Promote(IncidentRecord record, string by)
    {
        if (!record.Exists)
        {
            return null;
        }
        if (record.PostMortemId is not null)
        {
            return new IntakeDecision(record, Result(record, IntakeResult.Duplicate, replayed: true));
        }
        var next = record with
        {
            PostMortemId = IncidentKeys.PostMortemId(record.Key, record.StartedAt ?? record.FirstSeenAt),
            PromotedBy = by,
            Version = record.Version + 1,
        };
        return new IntakeDecision(next, Result(next, IntakeResult.Started, replayed: false));
    }

    /// <summary>
    /// What the post-mortem still has to hear for the record as stored: its declaration (a no-op once declared) and the
    /// incident's rows and end. Both are idempotent, so sending them again after a crash is harmless. Empty when up to date.
    /// </summary>
    public static IReadOnlyList<PostMortemCommand> HandOff(IncidentRecord record, IntakePolicy policy, IReadOnlyList<string> sources) =>
        record.PostMortemId is { } id && record.HandedOffVersion < record.Version
            ? [new DeclarePostMortem(id, record.ToDraft(policy), [.. sources]), new RecordIncidentEvents(record.Events, record.EndedAt)]
            : [];

    /// <summary>Notes that the post-mortem heard the record at <paramref name="version"/>, and what it refused, if anything.</summary>
    public static IncidentRecord HandedOff(IncidentRecord record, long version, string? problem) =>
        record with { HandedOffVersion = Math.Max(record.HandedOffVersion, version), HandOffProblem = problem };

    private static IntakeResult Result(IncidentRecord record, string status, bool replayed) =>
        new() { IncidentKey = record.Key, PostMortemId = record.PostMortemId, Status = status, Replayed = replayed };
}
