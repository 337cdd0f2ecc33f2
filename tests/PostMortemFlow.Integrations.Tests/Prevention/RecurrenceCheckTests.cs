using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Integrations.Tests.Infrastructure;

namespace PostMortemFlow.Integrations.Tests.Prevention;

/// <summary>
/// Prevention verified by evidence, against the real Prometheus: the incident of 2025-02-09 is published, and the
/// backfill holds the same series days later with a second spike on 2025-02-14 12:00–12:30Z (HighErrorRate firing 12:03Z).
/// </summary>
public sealed class RecurrenceCheckTests
{
    private static Uri Server => new(TestServers.Require(TestServers.Prometheus).TrimEnd('/') + "/");

    private static DateTimeOffset Feb(int day, int hour, int minute = 0) => new(2025, 2, day, hour, minute, 0, TimeSpan.Zero);

    [ServerFact(TestServers.Prometheus)]
    public async Task FollowUp_SecondSpikeAfterTheItemWasClosed_ReportsTheRecurrenceAndTheItemNotEffective()
    {
        using var run = new PublishedWorkflow(Server, followUp: TimeSpan.FromDays(3));
        await run.PublishAsync(Feb(12, 0));
        var signature = run.State.Signature!;
        var query = Assert.Single(signature.Queries);
        Assert.Equal(("api-5xx-rate", "prometheus"), (query.Name, query.Source));
        Assert.InRange(query.Threshold, 0.2, 5);
        Assert.Equal(["HighErrorRate"], signature.Alerts.Select(a => a.Name));
        run.At(Feb(13, 0), new ChangeActionItemStatus("AI-001", ActionItemStatus.Done, "omar"));

        run.At(Feb(15, 0), new TimerFired(TimerNames.FollowUp));
        await run.RunOutboxAsync();

        var check = run.State.Recurrence!;
        Assert.Equal((RecurrenceCheck.FollowUp, Feb(12, 0), Feb(15, 0)), (check.Trigger, check.From, check.To));
        Assert.True(check.Complete);
        var rate = Assert.Single(check.Queries);
        var episode = Assert.Single(rate.Episodes);
        Assert.InRange(episode.Start, Feb(14, 12), Feb(14, 12, 1));
        Assert.InRange(episode.End!.Value, Feb(14, 12, 30), Feb(14, 12, 36));
        var alert = Assert.Single(check.Alerts);
        Assert.Equal(1, alert.FireCount);
        Assert.InRange(alert.FiredAt[0], Feb(14, 12, 3), Feb(14, 12, 4));
        var verdict = Assert.Single(check.Verdicts);
        Assert.Equal(("AI-001", PreventionVerdict.NotEffective), (verdict.ItemId, verdict.Verdict));
        Assert.StartsWith("the signature recurred at 2025-02-14 12:0", verdict.Reason);

        Assert.Equal("HighErrorRate fired once since publication (2025-02-14 12:03 UTC).", RecurrenceText.Headline(check));
        var mail = run.Email("email:follow-up-report");
        Assert.Contains("HighErrorRate fired once since publication (2025-02-14 12:03 UTC)", mail);
        Assert.Contains("AI-001: not effective", mail);
        var report = WorkflowReport.Of(run.State).Markdown;
        Assert.Contains("**Prevention check** (follow-up, 2025-02-12 00:00 UTC – 2025-02-15 00:00 UTC): HighErrorRate fired once", report);
        Assert.Contains("api-5xx-rate crossed its threshold", report);
        Assert.Contains("<polyline", RecurrenceChart.Render(check));
        var html = WorkflowReport.Of(run.State).Html;
        Assert.True(html.IndexOf("<h2>Prevention</h2>", StringComparison.Ordinal) < html.IndexOf("<figure class=\"chart\"><svg", StringComparison.Ordinal));
        Assert.Contains(">published</text>", html);
        // the verdict synced to the item's (local) ticket as a comment
        var comments = Directory.GetFiles(Path.Combine(run.Folder, "tickets", run.Id, "AI-001.comments"));
        Assert.Contains("not effective", File.ReadAllText(Assert.Single(comments)));
        // stored as evidence: the answer of the re-run query
        Assert.True(File.Exists(Path.Combine(run.Folder, "artifacts", rate.EvidenceRef!)), rate.EvidenceRef);
    }

    [ServerFact(TestServers.Prometheus)]
    public async Task FollowUp_QuietIntervalAfterPublishing_SaysNoRecurrenceAndVerifiesTheItem()
    {
        using var run = new PublishedWorkflow(Server, followUp: TimeSpan.FromDays(1));
        await run.PublishAsync(Feb(14, 13));
        run.At(Feb(14, 14), new ChangeActionItemStatus("AI-001", ActionItemStatus.Done, "omar"));

        run.At(Feb(15, 13), new TimerFired(TimerNames.FollowUp));
        await run.RunOutboxAsync();

        var check = run.State.Recurrence!;
        Assert.True(check.Complete);
        Assert.False(check.Recurred);
        Assert.Equal("No recurrence in 1 day since publication.", RecurrenceText.Headline(check));
        Assert.Equal(0, Assert.Single(check.Alerts).FireCount);
        var verdict = Assert.Single(check.Verdicts);
        Assert.Equal(("AI-001", PreventionVerdict.Verified), (verdict.ItemId, verdict.Verdict));
        Assert.Contains("No recurrence in 1 day since publication.", run.Email("email:follow-up-report"));
        Assert.Contains("AI-001: verified", WorkflowReport.Of(run.State).Markdown);
    }

    [ServerFact(TestServers.Prometheus)]
    public async Task OnDemand_PrometheusUnreachable_CouldNotCheckAndTheItemStaysUnverified()
    {
        using var run = new PublishedWorkflow(Server, followUp: TimeSpan.FromDays(28));
        await run.PublishAsync(Feb(12, 0));
        run.At(Feb(13, 0), new ChangeActionItemStatus("AI-001", ActionItemStatus.Done, "omar"));
        using var unreachable = new PublishedWorkflow(new Uri("http://127.0.0.1:9/"), TimeSpan.FromDays(28));
        unreachable.Clock.Now = Feb(15, 0);
        // The same published state, checked through a host whose Prometheus does not answer.
        Assert.Null(run.At(Feb(15, 0), new CheckRecurrence("ana")).Rejection);
        var entry = Assert.Single(run.State.Outbox, e => e.Kind == EffectKind.CheckRecurrence);

        var outcome = await unreachable.Dispatcher.ExecuteAsync(entry, run.State, CancellationToken.None);
        run.Send(new EffectSucceeded(entry.Id, outcome));

        var check = run.State.Recurrence!;
        Assert.False(check.Complete);
        Assert.StartsWith("Could not check api-5xx-rate (Prometheus could not be read:", RecurrenceText.Query(check.Queries.Single()));
        Assert.StartsWith("could not check: could not check api-5xx-rate (Prometheus could not be read:", check.Verdicts.Single().Reason);
        Assert.Equal(PreventionVerdict.Unverified, check.Verdicts.Single().Verdict);
    }
}
