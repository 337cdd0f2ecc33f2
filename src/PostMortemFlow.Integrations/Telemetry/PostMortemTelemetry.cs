using System.Diagnostics;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Integrations.Telemetry;

/// <summary>
/// The names both hosts' telemetry goes by: one <see cref="ActivitySource"/> and one Meter, both called
/// <see cref="Name"/>, and the tags of their spans. Every span carries <see cref="PostMortemId"/>.
/// </summary>
public static class PostMortemTelemetry
{
    public const string Name = "PostMortemFlow";

    public const string PostMortemId = "postmortem.id";
    public const string Command = "postmortem.command";
    public const string Timer = "postmortem.timer";
    public const string Phase = "postmortem.phase";
    public const string Outcome = "postmortem.outcome";
    public const string Rejection = "postmortem.rejection";
    public const string EffectKind = "postmortem.effect.kind";
    public const string EffectId = "postmortem.effect.id";
    public const string EffectAttempt = "postmortem.effect.attempt";
    public const string EvidenceSource = "evidence.source";
    public const string EvidenceRows = "evidence.rows";
    public const string EvidenceGaps = "evidence.gaps";

    public static ActivitySource Source { get; } = new(Name);

    /// <summary>A span for one workflow command (<c>command ApproveTimeline</c>); null when nobody listens.</summary>
    public static Activity? StartCommand(string postMortemId, PostMortemCommand command)
    {
        var kind = command.GetType().Name;
        var activity = Source.StartActivity($"command {kind}");
        activity?.SetTag(PostMortemId, postMortemId).SetTag(Command, kind);
        if (command is TimerFired timer)
        {
            activity?.SetTag(Timer, timer.Name);
        }
        return activity;
    }

    /// <summary>Puts what the decider made of the command on its span: changed, unchanged or rejected, and the phase after it.</summary>
    public static void Decided(this Activity? activity, PostMortemState before, Decision decision) =>
        activity.Decided(decision.State, decision.Rejection, changed: !ReferenceEquals(before, decision.State));

    /// <summary>The same, from a decision already made elsewhere (the Functions app records it where the result is published).</summary>
    public static void Decided(this Activity? activity, PostMortemState after, Rejection? rejection, bool changed)
    {
        if (activity is null)
        {
            return;
        }
        var outcome = rejection is not null ? "rejected" : changed ? "changed" : "unchanged";
        activity.SetTag(Outcome, outcome).SetTag(Phase, after.Phase.ToString());
        if (rejection is not null)
        {
            activity.SetTag(Rejection, rejection.Kind.ToString());
        }
    }

    /// <summary>A span for one attempt of one outbox effect (<c>effect SendEmail</c>).</summary>
    public static Activity? StartEffect(string postMortemId, OutboxEntry entry) =>
        Source.StartActivity($"effect {entry.Kind}")?
            .SetTag(PostMortemId, postMortemId)
            .SetTag(EffectKind, entry.Kind.ToString())
            .SetTag(EffectId, entry.Id)
            .SetTag(EffectAttempt, entry.Attempts + 1);

    /// <summary>A span for collecting one evidence source (<c>collect prometheus</c>).</summary>
    public static Activity? StartCollection(string postMortemId, string source) =>
        Source.StartActivity($"collect {source}")?
            .SetTag(PostMortemId, postMortemId)
            .SetTag(EvidenceSource, source);

    /// <summary>Marks the span failed with the exception that ended it.</summary>
    public static void Failed(this Activity? activity, Exception failure)
    {
        activity?.SetTag(Outcome, "failed").SetStatus(ActivityStatusCode.Error, failure.Message).AddException(failure);
    }
}
