using System.Diagnostics;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Publishing.Tests.Fakes;
using Xunit.Abstractions;

namespace PostMortemFlow.Functions.Tests.Durability;

/// <summary>
/// A worker killed with SIGKILL at the worst moments of a post-mortem's start, on the Azure Storage backend (a real
/// Azurite): right after an activity did its work but before the engine heard of it, and right after a continue-as-new.
/// The next worker applies everything exactly once, within a minute of starting: the host.json visibility timeouts
/// bring back what the dead worker had taken, and effects are idempotent by their keys.
/// </summary>
[Trait("Category", "FunctionsDurability")]
public sealed class WorkerKillPointTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(60);

    private static readonly Dictionary<string, string?> QuietClock = new()
    {
        ["Workflow:PublishNudge"] = "01:00:00",
        ["Workflow:PublishDeadline"] = "02:00:00",
    };

    [Theory]
    [InlineData("RunEffect:collect:", "during the collectors' fan-out")]
    [InlineData("RunEffect:email:review", "during the activity that sent the review e-mail")]
    [InlineData("PublishView:TimelineReview", "while the review's view was being published")]
    public async Task WorkerKilledAtAMoment_TheNextWorkerAppliesEverythingOnce_WithinAMinute(string crashAfter, string moment)
    {
        await using var rig = await WorkerRig.StartAsync(QuietClock);
        await rig.DiagnoseAsync(output, async () =>
        {
            var first = await rig.StartWorkerAsync("worker-1", crashAfter);
            var id = await rig.AlertAsync(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
            Assert.True(await first.ExitsWithinAsync(TimeSpan.FromSeconds(90)), $"worker-1 never reached its crash point {crashAfter}");
            var ranBeforeKill = File.ReadAllLines(rig.Journal);

            var clock = Stopwatch.StartNew();
            await rig.StartWorkerAsync("worker-2");
            var settled = await rig.UntilAsync(id,
                s => s.Phase == Phase.TimelineReview && s.Outbox.IsEmpty && rig.Cloud.MailPurposes().Contains("TimelineReviewRequest"), Recovery + TimeSpan.FromSeconds(30));
            output.WriteLine($"killed {moment}: applied {clock.Elapsed.TotalSeconds:0.0} s after the new worker started ({ranBeforeKill.Length} effects ran before)");

            Assert.True(clock.Elapsed <= Recovery, $"recovery took {clock.Elapsed.TotalSeconds:0.0} s");
            Assert.Single(rig.Cloud.MailPurposes(), m => m == "TimelineReviewRequest");
            Assert.Single(settled.History, h => h.To == Phase.TimelineReview);
            var keys = rig.Cloud.SentMail.Select(m => FakeCloud.Header(m, "X-PostMortemFlow-Key")).ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());
            Assert.Single(settled.Completed, c => c.Id == "collect:uploads");
            Assert.Single(settled.Completed, c => c.Id == "email:review:1");
        });
    }

    /// <summary>
    /// An approval raised while the post-mortem waits: deciding it changes the phase, so the orchestration continues as new
    /// and reads its inbox first, and the worker dies right there. The next worker applies the approval exactly once.
    /// </summary>
    [Fact]
    public async Task WorkerKilledReadingTheInboxRightAfterAContinueAsNew_TheApprovalIsAppliedOnce_WithinAMinute()
    {
        await using var rig = await WorkerRig.StartAsync(QuietClock);
        await rig.DiagnoseAsync(output, async () =>
        {
            var first = await rig.StartWorkerAsync("worker-1");
            var end = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
            var id = await rig.AlertAsync(end);
            await rig.UntilAsync(id, s => s.Phase == Phase.TimelineReview && s.Outbox.IsEmpty);
            var edited = await rig.Call.InvokeAsync("PUT", $"/api/postmortems/{id}/timeline", r => rig.PostMortems.EditTimelineAsync(r, rig.Client, id),
                FunctionsApp.Body(new { entries = TestStates.Draft(end).Timeline, by = "rui@example.com" }));
            Assert.True(edited.Status == 200, edited.Body);
            await rig.UntilAsync(id, s => s.Outbox.IsEmpty && rig.Cloud.MailPurposes().Contains("TimelineReviewRequest"));
            first.Kill();

            var crashing = await rig.StartWorkerAsync("worker-1b", "ReadInbox#1");
            var approved = await rig.Call.InvokeAsync("POST", $"/api/postmortems/{id}/timeline/approve", r => rig.PostMortems.ApproveTimelineAsync(r, rig.Client, id),
                FunctionsApp.Body(new { by = "rui@example.com" }));
            Assert.True(approved.Status is 200 or 202, $"{approved.Status}: {approved.Body}");
            Assert.True(await crashing.ExitsWithinAsync(TimeSpan.FromSeconds(60)), "worker-1b never read the inbox after the continue-as-new");

            var clock = Stopwatch.StartNew();
            await rig.StartWorkerAsync("worker-2");
            var settled = await rig.UntilAsync(id,
                s => s.Phase == Phase.AnalysisReview && s.Outbox.IsEmpty && rig.Cloud.MailPurposes().Contains("AnalysisReviewRequest"), Recovery + TimeSpan.FromSeconds(30));
            output.WriteLine($"killed reading the inbox right after a continue-as-new: applied {clock.Elapsed.TotalSeconds:0.0} s after the new worker started");

            Assert.True(clock.Elapsed <= Recovery, $"recovery took {clock.Elapsed.TotalSeconds:0.0} s");
            Assert.Single(settled.History, h => h.From == Phase.TimelineReview && h.To == Phase.AnalysisReview);
            // One personal request to each of its authors and reviewers, none twice.
            var keys = rig.Cloud.SentMail.Select(m => FakeCloud.Header(m, "X-PostMortemFlow-Key")).ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());
            Assert.Equal(["ana@example.com", "rui@example.com"],
                keys.Where(k => k!.Contains("email:review:2/", StringComparison.Ordinal)).Select(k => k![(k!.LastIndexOf('/') + 1)..]).Order());
        });
    }
}
