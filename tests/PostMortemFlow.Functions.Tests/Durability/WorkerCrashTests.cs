using System.Globalization;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Functions.Tests.Workflow;
using PostMortemFlow.Publishing.Tests.Fakes;
using Xunit.Abstractions;

namespace PostMortemFlow.Functions.Tests.Durability;

/// <summary>
/// The app's orchestration on the Azure Storage backend Durable Functions uses (a real Azurite), in a worker process
/// killed with SIGKILL while the post-mortem waits for review. The HTTP functions run in the test, as they would on
/// another instance of the app, through a Durable client of the same task hub.
/// </summary>
[Trait("Category", "FunctionsDurability")]
public sealed class WorkerCrashTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Nudge = TimeSpan.FromSeconds(40);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task WorkerKilledDuringReview_ApprovalAndDeadlineWhileDown_AreAppliedOnceByTheNextWorker()
    {
        await using var rig = await WorkerRig.StartAsync(new Dictionary<string, string?>
        {
            ["Workflow:PublishNudge"] = Nudge.ToString(),
            ["Workflow:PublishDeadline"] = Deadline.ToString(),
        });
        var (cloud, client, workflow, call, reviews, postMortems, journal) = (rig.Cloud, rig.Client, rig.Workflow, rig.Call, rig.Reviews, rig.PostMortems, rig.Journal);
        await rig.DiagnoseAsync(output, async () =>
        {
            var first = await rig.StartWorkerAsync("worker-1");
            var end = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
            var id = await rig.AlertAsync(end);
            await rig.UntilAsync(id, s => s.Phase == Phase.TimelineReview);
            var draft = TestStates.Draft(end);
            Ok(await call.InvokeAsync("PUT", $"/api/postmortems/{id}/timeline", r => postMortems.EditTimelineAsync(r, client, id),
                FunctionsApp.Body(new { entries = draft.Timeline, by = "rui@example.com" })));
            await rig.UntilAsync(id, s => s.Outbox.IsEmpty && cloud.MailPurposes().Contains("TimelineReviewRequest"));
            Assert.True(DateTimeOffset.UtcNow < end + Nudge - TimeSpan.FromSeconds(5),
                "the first worker took too long to reach the timeline review: the nudge would fall due before the kill");

            first.Kill();
            var ranBeforeKill = File.ReadAllLines(journal).Length;
            output.WriteLine($"{DateTime.UtcNow:HH:mm:ss} worker-1 killed after {ranBeforeKill} effects");
            var token = FunctionsFlowTests.Token(cloud, "TimelineReviewRequest");
            var page = await call.InvokeAsync("GET", $"/review/{token}", r => reviews.ShowAsync(r, client, token));
            var approved = await call.InvokeAsync("POST", $"/review/{token}", r => reviews.ActAsync(r, client, token),
                new FormUrlEncodedContent(new Dictionary<string, string> { ["check"] = FunctionsFlowTests.Check(page.Body), ["action"] = "approve" }));
            // Nobody runs the orchestration: the approval is stored and raised, and the reviewer told it will be applied.
            Assert.Equal(202, approved.Status);
            Assert.Contains("will be applied", approved.Body, StringComparison.Ordinal);
            await Task.Delay(end + Deadline + TimeSpan.FromSeconds(1) - DateTimeOffset.UtcNow);
            Assert.Equal(Phase.TimelineReview, (await workflow.GetAsync(id)).Phase);
            Assert.DoesNotContain("SponsorEscalation", cloud.MailPurposes());

            await rig.StartWorkerAsync("worker-2");
            await rig.UntilAsync(id, s => s.Phase == Phase.AnalysisReview && s.Outbox.IsEmpty && cloud.MailPurposes().Contains("SponsorEscalation"), TimeSpan.FromSeconds(90));
            output.WriteLine($"{DateTime.UtcNow:HH:mm:ss} worker-2 applied the approval and the overdue timers");
            Ok(await call.InvokeAsync("PUT", $"/api/postmortems/{id}/analysis", r => postMortems.EditAnalysisAsync(r, client, id), FunctionsApp.Body(FunctionsFlowTests.AnalysisOf(draft))));
            Ok(await call.InvokeAsync("POST", $"/api/postmortems/{id}/analysis/approve", r => postMortems.ApproveAnalysisAsync(r, client, id)));
            Ok(await call.InvokeAsync("POST", $"/api/postmortems/{id}/approve", r => postMortems.ApproveReportAsync(r, client, id)));
            var published = await rig.UntilAsync(id, s => s.PublishedLocation is not null && cloud.MailPurposes().Contains("PublishedReport"));

            Assert.Equal("rui@example.com", Assert.Single(published.History, h => h.From == Phase.TimelineReview).By);
            Assert.Single(cloud.MailPurposes(), m => m == "SponsorEscalation");
            Assert.Single(cloud.MailPurposes(), m => m == "PublishNudge");
            Assert.Single(cloud.MailPurposes(), m => m == "TimelineReviewRequest");
            Assert.Single(cloud.MailPurposes(), m => m == "PublishedReport");
            var effects = File.ReadAllLines(journal);
            Assert.True(effects.Length > ranBeforeKill, "the second worker ran the effects after the kill");
            // Durable Task runs activities at least once: when it aborts a work item because another dispatch already wrote
            // that history, the item's activities run again. Only then may an effect repeat; its outcome stays single (the mails above).
            var repeated = effects.GroupBy(e => e).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0 || rig.AnyWorkerPrinted("Orchestration execution was aborted"),
                $"effects ran twice with no aborted work item: {string.Join(", ", repeated)}");
        });
    }

    internal static StringContent Alert(DateTimeOffset end) => new(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "alertmanager-resolved.json"))
            .Replace("2025-02-09T10:08:00Z", Iso(end.AddMinutes(-30)), StringComparison.Ordinal)
            .Replace("2025-02-09T10:41:00Z", Iso(end), StringComparison.Ordinal),
        System.Text.Encoding.UTF8, "application/json");

    private static void Ok(FunctionAnswer answer) => Assert.True(answer.Status == 200, $"{answer.Status}: {answer.Body}");

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
