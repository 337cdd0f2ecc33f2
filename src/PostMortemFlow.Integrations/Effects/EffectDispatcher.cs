using PostMortemFlow.Domain.Insights;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Integrations.Prometheus;
using PostMortemFlow.Integrations.Telemetry;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>Runs one outbox entry with the executor of its kind, in a span, counting retries, failures and publications.</summary>
public sealed class EffectDispatcher(
    IEmailSender email,
    IReportPublisher publisher,
    ITicketTracker tickets,
    IFollowUpScheduler followUp,
    ITicketStatusSource ticketStatuses,
    IEnumerable<IEvidenceCollector> collectors,
    IEnumerable<IRecurrenceChecker> recurrence,
    ITicketCommenter comments,
    IPostMortemFactsSource facts,
    ISuggestionDrafter drafter,
    IPeopleDirectory directory,
    PostMortemMetrics metrics,
    TimeProvider clock) : IEffectDispatcher
{
    public async Task<PostMortemCommand?> ExecuteAsync(OutboxEntry entry, PostMortemState state, CancellationToken cancellationToken)
    {
        using var activity = PostMortemTelemetry.StartEffect(state.Id, entry);
        metrics.EffectStarting(entry);
        try
        {
            var outcome = await RunAsync(entry, state, cancellationToken);
            metrics.EffectSucceeded(state.Id, entry);
            if (outcome is ReportPublished)
            {
                metrics.Published(clock.GetUtcNow() - state.PublishClockStart);
            }
            activity?.SetTag(PostMortemTelemetry.Outcome, "succeeded");
            return outcome;
        }
        catch (Exception failure)
        {
            metrics.EffectFailed(state.Id, entry);
            activity.Failed(failure);
            throw;
        }
    }

    private async Task<PostMortemCommand?> RunAsync(OutboxEntry entry, PostMortemState state, CancellationToken cancellationToken)
    {
        // The key is global: post-mortem id plus the entry's id, stable across retries and restarts.
        var key = $"{state.Id}/{entry.Id}";
        switch (entry.Kind)
        {
            case EffectKind.SendEmail:
                var message = entry.Email ?? throw Malformed(entry);
                if (message.Purpose == EmailPurpose.WeeklyDigest)
                {
                    message = DigestRecurringFactors.Add(message, state.Id, await facts.ListAsync(cancellationToken));
                }
                await email.SendAsync(state, key, message, cancellationToken);
                return null;
            case EffectKind.PublishReport:
                return new ReportPublished(await publisher.PublishAsync(state, key, cancellationToken));
            case EffectKind.CreateTicket:
                var item = state.PostMortem.ActionItems.Find(i => i.Id == entry.Target) ?? throw Malformed(entry);
                return new TicketCreated(item.Id, await tickets.CreateTicketAsync(state, item, key, cancellationToken));
            case EffectKind.ScheduleFollowUp:
                var at = entry.At ?? throw Malformed(entry);
                await followUp.ScheduleAsync(state, at, key, cancellationToken);
                return new FollowUpScheduled(at);
            case EffectKind.SyncTickets:
                return new TicketStatusesSynced(await ticketStatuses.ReadStatusesAsync(state, cancellationToken));
            case EffectKind.CollectEvidence:
                return await CollectAsync(entry.Target ?? throw Malformed(entry), state, cancellationToken);
            case EffectKind.CheckRecurrence:
                return new RecurrenceChecked(await CheckRecurrenceAsync(entry, state, cancellationToken));
            case EffectKind.CommentTicket:
                var commented = state.PostMortem.ActionItems.Find(i => i.Id == entry.Target) ?? throw Malformed(entry);
                await comments.CommentAsync(state, commented, entry.Text ?? throw Malformed(entry), key, cancellationToken);
                return null;
            case EffectKind.DraftSuggestions:
                return await drafter.DraftAsync(state, state.Drafting?.Round ?? 0, cancellationToken);
            case EffectKind.LookUpPerson:
                return new PersonLookedUp(await directory.FindAsync(entry.Text ?? throw Malformed(entry), cancellationToken));
            default:
                throw Malformed(entry);
        }
    }

    /// <summary>A source that fails or has no collector becomes a data gap: the workflow never waits on one source.</summary>
    private async Task<CollectorFinished> CollectAsync(string source, PostMortemState state, CancellationToken cancellationToken)
    {
        using var activity = PostMortemTelemetry.StartCollection(state.Id, source);
        var started = clock.GetTimestamp();
        var finished = await CollectOrGapAsync(source, state, cancellationToken);
        metrics.Collected(source, clock.GetElapsedTime(started), finished.Gaps.Count);
        activity?.SetTag(PostMortemTelemetry.EvidenceRows, finished.Entries.Count).SetTag(PostMortemTelemetry.EvidenceGaps, finished.Gaps.Count);
        return finished;
    }

    private async Task<CollectorFinished> CollectOrGapAsync(string source, PostMortemState state, CancellationToken cancellationToken)
    {
        var collector = collectors.FirstOrDefault(c => c.Source == source);
        if (collector is null)
        {
            return Gap(source, state, "no collector is configured for this source");
        }
        try
        {
            return await collector.CollectAsync(state, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || cancellationToken.IsCancellationRequested)
        {
            return Gap(source, state, cancellationToken.IsCancellationRequested ? "timed out" : $"failed: {failure.Message}");
        }
    }

    /// <summary>
    /// Re-runs the signature over publication … now through the checker of each query's source; a query or alert no
    /// checker can run says so, and a post-mortem without a signature says that: never a silent pass.
    /// </summary>
    private async Task<RecurrenceCheck> CheckRecurrenceAsync(OutboxEntry entry, PostMortemState state, CancellationToken cancellationToken)
    {
        var from = state.PublishedAt ?? throw Malformed(entry);
        var to = clock.GetUtcNow();
        var check = new RecurrenceCheck { Trigger = entry.Target ?? RecurrenceCheck.OnDemand, CheckedAt = to, From = from, To = to };
        var signature = state.CurrentSignature();
        if (signature.IsEmpty)
        {
            return check with { CouldNotCheck = "no signature: no first symptom was drafted from a metric query and no alert fired in the timeline" };
        }
        var name = SafeName.From(entry.Id.Replace(':', '-'));
        var queries = ImmutableList.CreateBuilder<QueryRecurrence>();
        foreach (var group in signature.Queries.GroupBy(q => q.CanRerun ? q.Source : ""))
        {
            var checker = recurrence.FirstOrDefault(r => r.Source == group.Key);
            if (checker is null)
            {
                queries.AddRange(group.Select(q => QueryRecurrence.NotChecked(q, q.CanRerun
                    ? $"no recurrence check reads the source {q.Source}"
                    : "the samples came from an uploaded export, which has no query to re-run")));
                continue;
            }
            queries.AddRange((await checker.CheckAsync(state.Id, name, [.. group], [], from, to, cancellationToken)).Queries);
        }
        // The alert history is Prometheus' ALERTS series, whichever source drafted the alert rows.
        var alertChecker = recurrence.FirstOrDefault(r => r.Source == PrometheusCollector.SourceName);
        var alerts = signature.Alerts.IsEmpty ? []
            : alertChecker is null ? [.. signature.Alerts.Select(a => AlertRecurrence.NotChecked(a, "no alert history is configured"))]
            : (await alertChecker.CheckAsync(state.Id, name, [], signature.Alerts, from, to, cancellationToken)).Alerts;
        return check with { Queries = queries.ToImmutable(), Alerts = alerts };
    }

    private CollectorFinished Gap(string source, PostMortemState state, string reason)
    {
        var incident = state.PostMortem.Incident;
        var gap = new DataGap { Source = source, From = incident.StartedAt, To = incident.EndedAt ?? clock.GetUtcNow(), Reason = reason };
        return new CollectorFinished(source, [], [gap]);
    }

    private static InvalidOperationException Malformed(OutboxEntry entry) =>
        new($"Outbox entry {entry.Id} ({entry.Kind}) is missing what it needs.");
}
