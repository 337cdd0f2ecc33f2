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
    private const string System = "system";

    public static Decision Decide(PostMortemState state, PostMortemCommand command, DateTimeOffset now, WorkflowSettings settings)
    {
        if (state.Phase == Phase.None && command is not DeclarePostMortem)
        {
            return Decision.Refuse(state, new Rejection { Kind = RejectionKind.NotFound, Message = "No such post-mortem." });
        }
        if (state.IsTerminal && command is not (Cancel or EffectSucceeded or EffectFailed or TimerFired))
        {
            return Decision.Refuse(state, WrongPhase(state, command));
        }

        var builder = new DecisionBuilder(state, now);
        var rejection = command switch
        {
            DeclarePostMortem c => OnDeclare(builder, c, settings),
            CollectEvidence c => OnStartCollector(builder, c),
            CollectorFinished c => OnFinishCollector(builder, c),
            RecordIncidentEvents c => OnIncidentEvents(builder, c, settings),
            EditTimeline c => OnEditTimeline(builder, c),
            ApproveTimeline c => OnApproveTimeline(builder, c),
            EditAnalysis c => OnEditAnalysis(builder, c),
            ApproveAnalysis c => OnApproveAnalysis(builder, c),
            ApproveReport c => OnApproveReport(builder, c),
            RequestChanges c => OnRequestChanges(builder, c),
            ReportPublished c => OnPublished(builder, c, settings),
            TicketCreated c => OnTicketCreated(builder, c),
            FollowUpScheduled c => OnFollowUpScheduled(builder, c),
            ChangeActionItemStatus c => OnChangeItemStatus(builder, c),
            TicketStatusesSynced c => OnTicketStatusesSynced(builder, c),
            TimerFired c => WorkflowTimers.Fire(builder, c.Name, settings),
            Cancel c => OnCancel(builder, c),
            EffectSucceeded c => OnEffectSucceeded(builder, c, settings),
            EffectFailed c => OnEffectFailed(builder, c, settings),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown command."),
        };
        return rejection is null ? builder.Build(state) : Decision.Refuse(state, rejection);
    }

    private static Rejection? OnDeclare(DecisionBuilder b, DeclarePostMortem c, WorkflowSettings settings)
    {
        if (b.State.Phase != Phase.None)
        {
            return null;
        }
        if (DeclarationProblem(c) is { } problem)
        {
            return problem;
        }
        b.Update(s => s with
        {
            Id = c.Id,
            PostMortem = c.Draft,
            DeclaredAt = b.Now,
            PendingSources = c.EvidenceSources.Distinct(StringComparer.Ordinal).ToImmutableList(),
        });
        b.MoveTo(Phase.Collecting, System, c.Draft.Incident.IsNearMiss ? "near miss declared" : "incident declared");
        b.Schedule(TimerNames.PublishNudge, b.State.PublishClockStart + settings.PublishNudge);
        b.Schedule(TimerNames.PublishDeadline, b.State.PublishClockStart + settings.PublishDeadline);
        foreach (var source in b.State.PendingSources)
        {
            b.Enqueue($"collect:{source}", EffectKind.CollectEvidence, target: source);
        }
        EnterTimelineReviewWhenCollected(b);
        return null;
    }

    private static Rejection? DeclarationProblem(DeclarePostMortem c)
    {
        var incident = c.Draft.Incident;
        if (string.IsNullOrWhiteSpace(c.Id))
        {
            return Invalid("id", "An id is required.");
        }
        if (string.IsNullOrWhiteSpace(c.Draft.Title))
        {
            return Invalid("title", "A title is required.");
        }
        if (incident.StartedAt == default)
        {
            return Invalid("startedAt", "The incident's start time is required.");
        }
        return incident.EndedAt < incident.StartedAt ? Invalid("endedAt", "The incident cannot end before it started.") : null;
    }

    private static Rejection? OnStartCollector(DecisionBuilder b, CollectEvidence c)
    {
        if (b.State.Phase is not (Phase.Collecting or Phase.TimelineReview))
        {
            return WrongPhase(b.State, c);
        }
        b.Update(s => s with
        {
            PendingSources = s.PendingSources.Contains(c.Source) ? s.PendingSources : s.PendingSources.Add(c.Source),
            CollectedSources = s.CollectedSources.Remove(c.Source),
        });
        b.Enqueue($"collect:{c.Source}:{b.State.Version}", EffectKind.CollectEvidence, target: c.Source);
        return null;
    }

    private static Rejection? OnFinishCollector(DecisionBuilder b, CollectorFinished c)
    {
        if (b.State.Phase is not (Phase.Collecting or Phase.TimelineReview))
        {
            return WrongPhase(b.State, c);
        }
        if (!b.State.PendingSources.Contains(c.Source))
        {
            return null;
        }
        var merged = DraftTimeline.Merge(b.State.PostMortem.Timeline, c.Entries);
        b.Update(s => s with
        {
            PendingSources = s.PendingSources.Remove(c.Source),
            CollectedSources = s.CollectedSources.Add(c.Source),
            PostMortem = s.PostMortem with
            {
                Timeline = merged.Timeline,
                DataGaps = s.PostMortem.DataGaps
                    .RemoveAll(g => g.Source == c.Source || g.Source == c.Source + DraftTimeline.SkewSuffix)
                    .AddRange(c.Gaps)
                    .AddRange(merged.SkewNotes),
            },
        });
        EnterTimelineReviewWhenCollected(b);
        return null;
    }

    private static Rejection? OnIncidentEvents(DecisionBuilder b, RecordIncidentEvents c, WorkflowSettings settings)
    {
        if (b.State.Phase is not (Phase.Collecting or Phase.TimelineReview))
        {
            return null;
        }
        var incident = b.State.PostMortem.Incident;
        if (c.EndedAt < incident.StartedAt)
        {
            return Invalid("endedAt", "The incident cannot end before it started.");
        }
        var endedAt = incident.EndedAt ?? c.EndedAt;
        var merged = DraftTimeline.Merge(b.State.PostMortem.Timeline, c.Entries);
        var skewNotes = merged.SkewNotes.Where(n => !b.State.PostMortem.DataGaps.Contains(n)).ToList();
        if (merged.Timeline.SequenceEqual(b.State.PostMortem.Timeline) && skewNotes.Count == 0 && endedAt == incident.EndedAt)
        {
            return null;
        }
        b.Update(s => s with
        {
            PostMortem = s.PostMortem with
            {
                Timeline = merged.Timeline,
                DataGaps = s.PostMortem.DataGaps.AddRange(skewNotes),
                Incident = incident with { EndedAt = endedAt },
            },
        });
        if (endedAt != incident.EndedAt && b.State.Timers.Any(t => t.Name == TimerNames.PublishNudge))
        {
            // The 24 h / 48 h clock counts from the incident's end once it is known.
            b.Schedule(TimerNames.PublishNudge, b.State.PublishClockStart + settings.PublishNudge);
            b.Schedule(TimerNames.PublishDeadline, b.State.PublishClockStart + settings.PublishDeadline);
        }
        return null;
    }

    private static void EnterTimelineReviewWhenCollected(DecisionBuilder b)
    {
        if (b.State.Phase == Phase.Collecting && b.State.PendingSources.IsEmpty)
        {
            EnterReview(b, Phase.TimelineReview, System);
        }
    }

    private static void EnterReview(DecisionBuilder b, Phase phase, string by, string? note = null)
    {
        b.MoveTo(phase, by, note);
        b.Update(s => s with { ReviewRound = s.ReviewRound + 1 });
        b.Email($"email:review:{b.State.ReviewRound}", WorkflowEmails.ReviewRequest(b.State, phase));
    }

    private static Rejection? OnEditTimeline(DecisionBuilder b, EditTimeline c)
    {
        if (b.State.Phase is not (Phase.TimelineReview or Phase.AnalysisReview))
        {
            return WrongPhase(b.State, c);
        }
        var blank = c.Entries.FindIndex(e => string.IsNullOrWhiteSpace(e.Event));
        if (blank >= 0)
        {
            return Invalid($"entries[{blank}].event", "Every timeline entry needs an event.");
        }
        b.Update(s => s with { PostMortem = s.PostMortem with { Timeline = c.Entries } });
        return null;
    }

    private static Rejection? OnApproveTimeline(DecisionBuilder b, ApproveTimeline c)
    {
        if (b.State.Phase != Phase.TimelineReview)
        {
            return WrongPhase(b.State, c);
        }
        var errors = Errors(b.State.PostMortem).Where(f => f.Rule.StartsWith("timeline-", StringComparison.Ordinal)).ToImmutableList();
        if (!errors.IsEmpty)
        {
            return RuleErrors("The timeline cannot be approved while the timeline rules report errors.", errors);
        }
        EnterReview(b, Phase.AnalysisReview, c.By);
        return null;
    }

    private static Rejection? OnEditAnalysis(DecisionBuilder b, EditAnalysis c)
    {
        if (b.State.Phase is not (Phase.TimelineReview or Phase.AnalysisReview))
        {
            return WrongPhase(b.State, c);
        }
        var blank = c.Draft.ActionItems.FindIndex(i => string.IsNullOrWhiteSpace(i.Action));
        if (blank >= 0)
        {
            return Invalid($"actionItems[{blank}].action", "Every action item needs an action.");
        }
        var d = c.Draft;
        b.Update(s => s with
        {
            PostMortem = s.PostMortem with
            {
                Summary = d.Summary, Impact = d.Impact, RootCause = d.RootCause, Analysis = d.Analysis,
                ActionItems = d.ActionItems, WhatWentWell = d.WhatWentWell, LessonsLearned = d.LessonsLearned,
            },
        });
        return null;
    }

    private static Rejection? OnApproveAnalysis(DecisionBuilder b, ApproveAnalysis c)
    {
        if (b.State.Phase != Phase.AnalysisReview)
        {
            return WrongPhase(b.State, c);
        }
        var errors = Errors(b.State.PostMortem);
        if (!errors.IsEmpty)
        {
            return RuleErrors("The analysis cannot be approved while the method's rules report errors.", errors);
        }
        EnterReview(b, Phase.Approval, c.By);
        return null;
    }

    private static Rejection? OnApproveReport(DecisionBuilder b, ApproveReport c)
    {
        if (b.State.Phase != Phase.Approval)
        {
            return WrongPhase(b.State, c);
        }
        var errors = Errors(b.State.PostMortem);
        if (!errors.IsEmpty)
        {
            return RuleErrors("The report cannot be approved while the method's rules report errors.", errors);
        }
        b.Update(s => s with { PostMortem = s.PostMortem with { ReviewedOn = DateOnly.FromDateTime(b.Now.UtcDateTime) } });
        b.MoveTo(Phase.Publishing, c.By);
        b.Enqueue($"publish:{b.State.ReviewRound}", EffectKind.PublishReport);
        return null;
    }

    private static Rejection? OnRequestChanges(DecisionBuilder b, RequestChanges c)
    {
        var back = b.State.Phase switch
        {
            Phase.AnalysisReview => Phase.TimelineReview,
            Phase.Approval => Phase.AnalysisReview,
            _ => Phase.None,
        };
        if (back == Phase.None)
        {
            return WrongPhase(b.State, c);
        }
        if (string.IsNullOrWhiteSpace(c.Reason))
        {
            return Invalid("reason", "Say what should change.");
        }
        EnterReview(b, back, c.By, c.Reason);
        b.Email($"email:changes:{b.State.ReviewRound}", WorkflowEmails.ChangesRequested(b.State, c.By, c.Reason));
        return null;
    }

    private static Rejection? OnPublished(DecisionBuilder b, ReportPublished c, WorkflowSettings settings)
    {
        if (b.State.Phase != Phase.Publishing)
        {
            return b.State.PublishedAt is null ? WrongPhase(b.State, c) : null;
        }
        b.Update(s => s with { PublishedAt = b.Now, PublishedLocation = c.Location });
        b.MoveTo(Phase.Tracking, System, "report published");
        b.Unschedule(TimerNames.PublishNudge);
        b.Unschedule(TimerNames.PublishDeadline);
        b.Email("email:published", WorkflowEmails.PublishedReport(b.State));
        foreach (var item in b.State.PostMortem.ActionItems.Where(i => i.TrackerLink is null))
        {
            b.Enqueue($"ticket:{item.Id}", EffectKind.CreateTicket, target: item.Id);
        }
        var followUpAt = b.Now + settings.FollowUp;
        b.Enqueue("follow-up:invite", EffectKind.ScheduleFollowUp, at: followUpAt);
        b.Schedule(TimerNames.FollowUp, followUpAt);
        if (b.State.PostMortem.ActionItems.Any(i => i.IsOpen))
        {
            b.Schedule(TimerNames.WeeklyReview, b.Now + settings.WeeklyReview);
        }
        return null;
    }

    private static Rejection? OnTicketCreated(DecisionBuilder b, TicketCreated c)
    {
        var item = b.State.PostMortem.ActionItems.Find(i => i.Id == c.ItemId);
        if (item is null)
        {
            return Invalid("itemId", $"No action item {c.ItemId}.");
        }
        if (item.TrackerLink != c.Link)
        {
            ReplaceItem(b, item, item with { TrackerLink = c.Link });
        }
        return null;
    }

    private static Rejection? OnFollowUpScheduled(DecisionBuilder b, FollowUpScheduled c)
    {
        if (b.State.FollowUpScheduledFor != c.At)
        {
            b.Update(s => s with { FollowUpScheduledFor = c.At });
        }
        return null;
    }

    private static Rejection? OnChangeItemStatus(DecisionBuilder b, ChangeActionItemStatus c)
    {
        if (b.State.Phase is not (Phase.Publishing or Phase.Tracking or Phase.FollowUp))
        {
            return WrongPhase(b.State, c);
        }
        var item = b.State.PostMortem.ActionItems.Find(i => i.Id == c.ItemId);
        if (item is null)
        {
            return new Rejection { Kind = RejectionKind.NotFound, Field = "itemId", Message = $"No action item {c.ItemId}." };
        }
        SetStatus(b, item, c.Status);
        WorkflowTimers.CloseWhenDone(b);
        return null;
    }

    /// <summary>Statuses read back from the ticket tracker; unknown items and unchanged statuses are ignored.</summary>
    private static Rejection? OnTicketStatusesSynced(DecisionBuilder b, TicketStatusesSynced c)
    {
        if (b.State.Phase is not (Phase.Tracking or Phase.FollowUp))
        {
            return null;
        }
        foreach (var (itemId, status) in c.Statuses.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (b.State.PostMortem.ActionItems.Find(i => i.Id == itemId) is { } item)
            {
                SetStatus(b, item, status);
            }
        }
        WorkflowTimers.CloseWhenDone(b);
        return null;
    }

    private static void SetStatus(DecisionBuilder b, ActionItem item, ActionItemStatus status)
    {
        if (item.Status == status)
        {
            return;
        }
        ReplaceItem(b, item, item with { Status = status });
        b.Update(s => s with { ItemStatusChangedAt = s.ItemStatusChangedAt.SetItem(item.Id, b.Now) });
    }

    private static void ReplaceItem(DecisionBuilder b, ActionItem item, ActionItem changed) => b.Update(s => s with
    {
        PostMortem = s.PostMortem with { ActionItems = s.PostMortem.ActionItems.Replace(item, changed) },
    });

    private static Rejection? OnCancel(DecisionBuilder b, Cancel c)
    {
        if (b.State.Phase == Phase.Cancelled)
        {
            return null;
        }
        if (b.State.Phase == Phase.Closed)
        {
            return WrongPhase(b.State, c);
        }
        b.MoveTo(Phase.Cancelled, c.By, c.Reason);
        b.Update(s => s with { Timers = [], Outbox = [], PendingSources = [] });
        return null;
    }

    private static Rejection? OnEffectSucceeded(DecisionBuilder b, EffectSucceeded c, WorkflowSettings settings)
    {
        var entry = b.State.Outbox.Find(e => e.Id == c.EffectId);
        if (entry is null)
        {
            return null;
        }
        b.Update(s => s with
        {
            Outbox = s.Outbox.Remove(entry),
            Completed = s.Completed.Add(new CompletedEffect
            {
                Id = entry.Id, Kind = entry.Kind, CompletedAt = b.Now, Attempts = entry.Attempts + 1,
                Summary = entry.Email is { } email ? $"{email.Purpose} to {string.Join(", ", email.To)}" : $"{entry.Kind} {entry.Target}".Trim(),
            }),
        });
        if (c.Outcome is null || b.State.IsTerminal)
        {
            return null;
        }
        var outcome = Decide(b.State, c.Outcome, b.Now, settings);
        if (!outcome.IsRejected)
        {
            b.Update(_ => outcome.State);
        }
        return null;
    }

    private static Rejection? OnEffectFailed(DecisionBuilder b, EffectFailed c, WorkflowSettings settings)
    {
        var entry = b.State.Outbox.Find(e => e.Id == c.EffectId);
        if (entry is null)
        {
            return null;
        }
        var attempts = entry.Attempts + 1;
        var failed = entry with { Attempts = attempts, LastError = c.Error, NextAttemptAt = b.Now + settings.RetryDelay(attempts) };
        b.Update(s => s with { Outbox = s.Outbox.Replace(entry, failed) });
        return null;
    }

    private static ImmutableList<Finding> Errors(PostMortem postMortem) =>
        PostMortemLinter.Findings(new LintContext(postMortem)).Where(f => f.Severity == FindingSeverity.Error).ToImmutableList();

    private static Rejection WrongPhase(PostMortemState state, PostMortemCommand command) => new()
    {
        Kind = RejectionKind.WrongPhase,
        Message = $"{command.GetType().Name} does not apply while the post-mortem is in {state.Phase}.",
    };

    private static Rejection Invalid(string field, string message) =>
        new() { Kind = RejectionKind.Invalid, Field = field, Message = message };

    private static Rejection RuleErrors(string message, ImmutableList<Finding> findings) =>
        new() { Kind = RejectionKind.RuleErrors, Message = message, Findings = findings };
}
