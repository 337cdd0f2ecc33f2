using System.Diagnostics;
using PostMortemFlow.Server.Tests.Persistence;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Process;

/// <summary>
/// The real server in embedded mode, killed with SIGKILL at chosen moments (the crash host's <c>PMF_SERVER_CRASH_AFTER</c>,
/// read from the server's own spans), then started again on the same data folder: nothing accepted is lost, nothing
/// is done twice, and the post-mortem moves on within a minute of the restart.
/// </summary>
[Trait("Category", "Process")]
public sealed class ServerKillPointTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan Recovery = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Quiet = TimeSpan.FromHours(1);
    private readonly ProcessTestRun _run = new(output);

    public void Dispose() => _run.Dispose();

    /// <summary>
    /// The e-mail is written, the grain has not heard: after the restart the outbox runs the effect again under the same
    /// key, the sender recognises it, and the post-mortem records it once.
    /// </summary>
    [Fact]
    public async Task KilledAfterAnEmailWentOut_BeforeTheGrainHeard_TheRestartRecordsItWithoutSendingItAgain()
    {
        await _run.DiagnoseAsync(async () =>
        {
            var (data, outbox, id, first) = await InTimelineReviewAsync("sent", "effect SendEmail:email:review#2");
            using (var api = new PostMortemApi(first.BaseAddress))
            {
                await api.TryApproveTimelineAsync(id);
            }
            await first.WaitForExitAsync(Timeout);
            Assert.Contains("crash point: killed after effect SendEmail email:review:2", first.Tail(), StringComparison.Ordinal);
            Assert.Single(outbox.Emails(id, "AnalysisReviewRequest"));

            var clock = Stopwatch.StartNew();
            var second = await _run.StartAsync("sent-2", EmbeddedServerProcessTests.Environment(data, Quiet, Quiet));
            using var restarted = new PostMortemApi(second.BaseAddress);
            var after = await Eventually.ReachAsync(() => restarted.GetAsync(id), v => v.OutboxIds().Count == 0, Recovery);
            _run.Log($"the sent e-mail recorded {clock.Elapsed.TotalSeconds:0.0} s after the restart began");

            Assert.Equal("AnalysisReview", after.Phase());
            Assert.Equal(1, after.CompletedIds().Count(c => c == "email:review:2"));
            Assert.Single(outbox.Emails(id, "AnalysisReviewRequest"));
            EmbeddedServerProcessTests.AssertSentOnce(outbox, id);
        });
    }

    /// <summary>
    /// The approval is stored, its answer never sent: after the restart the post-mortem is in the next phase once, and
    /// the e-mail the stored decision queued goes out once, though no one asked again.
    /// </summary>
    [Fact]
    public async Task KilledAfterACommandWasStored_BeforeItWasAnswered_TheRestartKeepsItAndRunsWhatItQueued()
    {
        await _run.DiagnoseAsync(async () =>
        {
            var (data, outbox, id, first) = await InTimelineReviewAsync("stored", "command ApproveTimeline");
            using (var api = new PostMortemApi(first.BaseAddress))
            {
                Assert.Null(await api.TryApproveTimelineAsync(id));
            }
            await first.WaitForExitAsync(Timeout);
            Assert.Contains("crash point: killed after command ApproveTimeline", first.Tail(), StringComparison.Ordinal);
            Assert.Empty(outbox.Emails(id, "AnalysisReviewRequest"));

            var clock = Stopwatch.StartNew();
            var second = await _run.StartAsync("stored-2", EmbeddedServerProcessTests.Environment(data, Quiet, Quiet));
            await Eventually.ReachAsync(() => Task.FromResult(outbox.Emails(id, "AnalysisReviewRequest").Count), n => n == 1, Recovery);
            _run.Log($"the queued e-mail sent {clock.Elapsed.TotalSeconds:0.0} s after the restart began");
            using var restarted = new PostMortemApi(second.BaseAddress);
            var after = await Eventually.ReachAsync(() => restarted.GetAsync(id), v => v.OutboxIds().Count == 0, Timeout);

            Assert.Equal("AnalysisReview", after.Phase());
            Assert.Single(after.GetProperty("history").EnumerateArray(), h => h.GetProperty("to").GetString() == "AnalysisReview");
            // A client that retries the lost request is told the step is done, and nothing changes.
            Assert.InRange((int?)await restarted.TryApproveTimelineAsync(id) ?? 0, 200, 499);
            Assert.Equal(after.Version(), (await restarted.GetAsync(id)).Version());
            EmbeddedServerProcessTests.AssertSentOnce(outbox, id);
        });
    }

    /// <summary>A post-mortem declared and in timeline review on a server that dies at <paramref name="crashAfter"/>, its effects so far done.</summary>
    private async Task<(string Data, OutboxFolder Outbox, string Id, ServerProcess Server)> InTimelineReviewAsync(string name, string crashAfter)
    {
        var data = Path.Combine(_run.Folder, "data");
        var endedAt = EmbeddedServerProcessTests.WholeSeconds(DateTimeOffset.UtcNow);
        var server = await _run.StartAsync($"{name}-1", EmbeddedServerProcessTests.Environment(data, Quiet, Quiet), crashAfter);
        using var api = new PostMortemApi(server.BaseAddress);
        var id = await api.DeclareAsync("Search index lag", endedAt.AddMinutes(-25), endedAt);
        await Eventually.ReachAsync(() => api.GetAsync(id), v => v.Phase() == "TimelineReview" && v.OutboxIds().Count == 0, Timeout);
        await api.PutTimelineAsync(id, endedAt.AddMinutes(-25), endedAt);
        return (data, new OutboxFolder(data), id, server);
    }
}
