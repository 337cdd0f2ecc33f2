using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>Collecting evidence: a source starts, a source finishes, an incident says more; the timeline review opens when all sources are in.</summary>
internal static class EvidenceSteps
{
    internal static Rejection? OnStartCollector(DecisionBuilder b, CollectEvidence c)
    {
        if (b.State.Phase is not (Phase.Collecting or Phase.TimelineReview))
        {
            return Rejections.WrongPhase(b.State, c);
        }
        b.Update(s => s with
        {
            PendingSources = s.PendingSources.Contains(c.Source) ? s.PendingSources : s.PendingSources.Add(c.Source),
            CollectedSources = s.CollectedSources.Remove(c.Source),
        });
        b.Enqueue($"collect:{c.Source}:{b.State.Version}", EffectKind.CollectEvidence, target: c.Source);
        return null;
    }

    internal static Rejection? OnFinishCollector(DecisionBuilder b, CollectorFinished c)
    {
        if (b.State.Phase is not (Phase.Collecting or Phase.TimelineReview))
        {
            return Rejections.WrongPhase(b.State, c);
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
            Detections = s.Detections.RemoveAll(d => d.Source == c.Source).AddRange(c.Detections ?? []),
            ComputedImpacts = s.ComputedImpacts.RemoveAll(i => i.Source == c.Source).AddRange(c.Impacts ?? []),
            PostMortem = s.PostMortem with
            {
                Timeline = merged.Timeline,
                DataGaps = s.PostMortem.DataGaps
                    .RemoveAll(g => g.Source == c.Source || g.Source == c.Source + DraftTimeline.SkewSuffix)
                    .AddRange(c.Gaps)
                    .AddRange(merged.SkewNotes),
            },
        });
        if (c.TailDueAt is { } due && due > b.Now)
        {
            b.Schedule(TimerNames.EvidenceTail(c.Source), due);
        }
        else
        {
            b.Unschedule(TimerNames.EvidenceTail(c.Source));
        }
        EnterTimelineReviewWhenCollected(b);
        return null;
    }

    /// <summary>The tail of a source's window has passed: collect the source again while the timeline is still in review.</summary>
    internal static void OnTailDue(DecisionBuilder b, string timer)
    {
        b.Unschedule(timer);
        var source = timer[TimerNames.EvidenceTailPrefix.Length..];
        if (b.State.Phase is Phase.Collecting or Phase.TimelineReview && !b.State.PendingSources.Contains(source))
        {
            OnStartCollector(b, new CollectEvidence(source));
        }
    }

    internal static Rejection? OnIncidentEvents(DecisionBuilder b, RecordIncidentEvents c, WorkflowSettings settings)
    {
        if (b.State.Phase is not (Phase.Collecting or Phase.TimelineReview))
        {
            return null;
        }
        var incident = b.State.PostMortem.Incident;
        if (c.EndedAt < incident.StartedAt)
        {
            return Rejections.Invalid("endedAt", "The incident cannot end before it started.");
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

    internal static void EnterTimelineReviewWhenCollected(DecisionBuilder b)
    {
        if (b.State.Phase == Phase.Collecting && b.State.PendingSources.IsEmpty)
        {
            ReviewSteps.EnterReview(b, Phase.TimelineReview, PostMortemDecider.System);
        }
    }
}
