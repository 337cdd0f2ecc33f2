using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>
/// The workflow's rules as one pure function: (state, command, now) → (new state, new outbox effects) or a
/// refusal. The grain around it only loads, persists and runs the outbox.
/// </summary>
public static class PostMortemDecider
{
    internal const string System = "system";

    public static Decision Decide(PostMortemState state, PostMortemCommand command, DateTimeOffset now, WorkflowSettings settings)
    {
        if (command is Guarded guarded)
        {
            var rebased = state.Phase == Phase.None ? guarded.Command : ConcurrentEdits.OnCurrentVersion(state, guarded);
            if (rebased is null)
            {
                return Decision.Refuse(state, new Rejection
                {
                    Kind = RejectionKind.StaleVersion,
                    Message = $"The post-mortem changed since version {guarded.ExpectedVersion}: it is at version {state.Version}. Nothing was applied; "
                        + "load it again and re-apply the change.",
                });
            }
            command = rebased;
        }
        if (state.Phase == Phase.None && command is not (DeclarePostMortem or ImportPostMortem))
        {
            return Decision.Refuse(state, new Rejection { Kind = RejectionKind.NotFound, Message = "No such post-mortem." });
        }
        if (state.IsTerminal && command is not (Cancel or EffectSucceeded or EffectFailed or TimerFired or ChangeVisibility)
            && !(state.Phase == Phase.Closed && command is RecurrenceChecked))
        {
            return Decision.Refuse(state, Rejections.WrongPhase(state, command));
        }
        if (state.IsHistorical && command is not (ImportPostMortem or ChangeVisibility or Cancel or EffectSucceeded or EffectFailed or TimerFired))
        {
            return Decision.Refuse(state, new Rejection
            {
                Kind = RejectionKind.WrongPhase,
                Message = $"{command.GetType().Name} does not apply: an imported post-mortem is read-only; import its file again to change it.",
            });
        }

        if (PostMortemBounds.Problem(command) is var (field, message))
        {
            return Decision.Refuse(state, Rejections.Invalid(field, message));
        }

        var builder = new DecisionBuilder(state, now);
        // Until it is published, a post-mortem is judged under the rule severities configured now (its gates included).
        if (state.PublishedAt is null && !state.IsHistorical && command is not ImportPostMortem && !state.LintSeverities.SequenceEqual(settings.Lint.Severities))
        {
            builder.Update(s => s with { LintSeverities = settings.Lint.Severities });
        }
        var rejection = command switch
        {
            DeclarePostMortem c => OnDeclare(builder, c, settings),
            ImportPostMortem c => ImportSteps.OnImport(builder, c),
            CollectEvidence c => EvidenceSteps.OnStartCollector(builder, c),
            CollectorFinished c => EvidenceSteps.OnFinishCollector(builder, c),
            RecordIncidentEvents c => EvidenceSteps.OnIncidentEvents(builder, c, settings),
            EditTimeline c => ReviewSteps.OnEditTimeline(builder, c),
            ApproveTimeline c => ReviewSteps.OnApproveTimeline(builder, c),
            EditAnalysis c => ReviewSteps.OnEditAnalysis(builder, c),
            ApproveAnalysis c => ReviewSteps.OnApproveAnalysis(builder, c),
            ApproveReport c => ReviewSteps.OnApproveReport(builder, c),
            RequestChanges c => ReviewSteps.OnRequestChanges(builder, c),
            RestoreVersion c => ChangeSteps.OnRestore(builder, c),
            ReportPublished c => TrackingSteps.OnPublished(builder, c, settings),
            TicketCreated c => TrackingSteps.OnTicketCreated(builder, c),
            FollowUpScheduled c => TrackingSteps.OnFollowUpScheduled(builder, c),
            ChangeActionItemStatus c => TrackingSteps.OnChangeItemStatus(builder, c),
            TicketStatusesSynced c => TrackingSteps.OnTicketStatusesSynced(builder, c),
            CheckRecurrence c => PreventionSteps.OnCheckRecurrence(builder, c),
            RecurrenceChecked c => PreventionSteps.OnRecurrenceChecked(builder, c),
            TimerFired c => WorkflowTimers.Fire(builder, c.Name, settings),
            Cancel c => OnCancel(builder, c),
            ChangeVisibility c => VisibilitySteps.OnChangeVisibility(builder, c),
            RecordAccount c => AccountSteps.OnRecordAccount(builder, c),
            PersonLookedUp c => AccountSteps.OnPersonLookedUp(builder, c),
            AddComment c => CommentSteps.OnAdd(builder, c, settings),
            EditComment c => CommentSteps.OnEdit(builder, c, settings),
            DeleteComment c => CommentSteps.OnDelete(builder, c),
            ResolveComment c => CommentSteps.OnResolve(builder, c),
            RequestSuggestions c => SuggestionSteps.OnRequest(builder, c, settings.Drafting),
            SuggestionsDrafted c => SuggestionSteps.OnDrafted(builder, c),
            DecideSuggestion c => SuggestionSteps.OnDecide(builder, c),
            EffectSucceeded c => OutboxSteps.OnEffectSucceeded(builder, c, settings),
            EffectFailed c => OutboxSteps.OnEffectFailed(builder, c, settings),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown command."),
        };
        // Whoever the timeline names while it is in review is asked once: at the start, and as collectors or people add rows.
        if (rejection is null && builder.State.Phase == Phase.TimelineReview)
        {
            AccountSteps.AskThePeopleInvolved(builder, settings.Drafting);
        }
        if (rejection is null)
        {
            ChangeSteps.Record(builder, state, command);
        }
        return rejection is null ? builder.Build(state) : Decision.Refuse(state, rejection);
    }

    private static Rejection? OnDeclare(DecisionBuilder b, DeclarePostMortem c, WorkflowSettings settings)
    {
        if (b.State.Phase != Phase.None)
        {
            return null;
        }
        if (DeclarationProblem(c, b.Now) is { } problem)
        {
            return problem;
        }
        b.Update(s => s with
        {
            Id = c.Id,
            PostMortem = c.Draft,
            Restriction = c.Restriction?.Normalized(),
            DeclaredAt = b.Now,
            PendingSources = c.EvidenceSources.Distinct(StringComparer.Ordinal).ToImmutableList(),
        });
        b.MoveTo(Phase.Collecting, System, (c.Draft.Incident.IsNearMiss ? "near miss declared" : "incident declared")
            + (b.State.Restriction is { } restriction ? $", {VisibilitySteps.Describe(restriction)}" : ""));
        b.Schedule(TimerNames.PublishNudge, b.State.PublishClockStart + settings.PublishNudge);
        b.Schedule(TimerNames.PublishDeadline, b.State.PublishClockStart + settings.PublishDeadline);
        foreach (var source in b.State.PendingSources)
        {
            b.Enqueue($"collect:{source}", EffectKind.CollectEvidence, target: source);
        }
        EvidenceSteps.EnterTimelineReviewWhenCollected(b);
        return null;
    }

    private static Rejection? DeclarationProblem(DeclarePostMortem c, DateTimeOffset now)
    {
        var incident = c.Draft.Incident;
        if (string.IsNullOrWhiteSpace(c.Id))
        {
            return Rejections.Invalid("id", "An id is required.");
        }
        if (string.IsNullOrWhiteSpace(c.Draft.Title))
        {
            return Rejections.Invalid("title", "A title is required.");
        }
        if (incident.StartedAt == default)
        {
            return Rejections.Invalid("startedAt", "The incident's start time is required.");
        }
        // Deadlines and evidence windows are counted from these times, so a time no incident has is refused here
        // rather than overflowing in the arithmetic.
        if (!IncidentTimes.IsPlausible(incident.StartedAt, now))
        {
            return Rejections.Invalid("startedAt", IncidentTimes.Problem);
        }
        if (incident.EndedAt is { } ended && !IncidentTimes.IsPlausible(ended, now))
        {
            return Rejections.Invalid("endedAt", IncidentTimes.Problem);
        }
        if (c.Restriction?.Problem() is var (field, message))
        {
            return Rejections.Invalid($"restriction.{field}", message);
        }
        return incident.EndedAt < incident.StartedAt ? Rejections.Invalid("endedAt", "The incident cannot end before it started.") : null;
    }

    private static Rejection? OnCancel(DecisionBuilder b, Cancel c)
    {
        if (b.State.Phase == Phase.Cancelled)
        {
            return null;
        }
        if (b.State.Phase == Phase.Closed)
        {
            return Rejections.WrongPhase(b.State, c);
        }
        b.MoveTo(Phase.Cancelled, c.By, c.Reason);
        b.Update(s => s with { Timers = [], Outbox = [], PendingSources = [] });
        return null;
    }
}
