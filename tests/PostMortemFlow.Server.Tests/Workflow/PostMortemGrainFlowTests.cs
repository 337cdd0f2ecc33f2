using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Server.Features.PostMortems;
using PostMortemFlow.Server.Tests.Persistence;
using PostMortemFlow.Server.Tests.TestData;

namespace PostMortemFlow.Server.Tests.Workflow;

[Collection(WorkflowClusterCollection.Name)]
public sealed class PostMortemGrainFlowTests(WorkflowClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private IPostMortemGrain Grain(string id) => fixture.Grains.GetGrain<IPostMortemGrain>(id);

    private async Task<PostMortemState> Until(string id, Func<PostMortemState, bool> condition) =>
        await Eventually.ReachAsync(() => Grain(id).GetState(), condition, Patience);

    private static void Accepted(CommandResult result) =>
        Assert.True(result.Rejection is null, result.Rejection?.Message);

    [Fact]
    public async Task WholeFlow_CompressedDurations_GoesFromDeclarationToClosedWithEveryEffectOnce()
    {
        const string id = "pm-flow";
        var draft = SeedPostMortem.EndingAt(DateTimeOffset.UtcNow);
        fixture.Effects.Evidence[id] = draft.Timeline;

        Accepted(await Grain(id).Execute(new DeclarePostMortem(id, draft with { Timeline = [] }, [RecordingEffects.EvidenceSource])));
        var review = await Until(id, s => s.Phase == Phase.TimelineReview);
        Assert.Equal(draft.Timeline.Count, review.PostMortem.Timeline.Count);

        Accepted(await Grain(id).Execute(new ApproveTimeline("rui@example.com")));
        Accepted(await Grain(id).Execute(new EditAnalysis(SeedPostMortem.AnalysisOf(draft), "ana@example.com")));
        Accepted(await Grain(id).Execute(new ApproveAnalysis("rui@example.com")));
        Accepted(await Grain(id).Execute(new ApproveReport("rui@example.com")));

        var tracking = await Until(id, s => s.Phase == Phase.Tracking && s.PostMortem.ActionItems.All(i => i.TrackerLink is not null) && s.FollowUpScheduledFor is not null);
        Assert.Equal($"https://reports.example/{id}", tracking.PublishedLocation);
        Assert.Equal(6, fixture.Effects.Tickets.Count(k => k.StartsWith(id, StringComparison.Ordinal)));

        await Until(id, _ => fixture.Effects.EmailsFor(id).Any(e => e.Purpose == EmailPurpose.WeeklyDigest));
        foreach (var item in tracking.PostMortem.ActionItems)
        {
            Accepted(await Grain(id).Execute(new ChangeActionItemStatus(item.Id, ActionItemStatus.Done, "ana@example.com")));
        }
        // The follow-up's recurrence check and its report e-mail may still run just after closing.
        var closed = await Until(id, s => s.Phase == Phase.Closed && s.Outbox.IsEmpty);

        var purposes = fixture.Effects.EmailsFor(id).Select(e => e.Purpose).ToList();
        Assert.Equal(
            [EmailPurpose.TimelineReviewRequest, EmailPurpose.AnalysisReviewRequest, EmailPurpose.ApprovalRequest, EmailPurpose.PublishedReport, EmailPurpose.FollowUpReport],
            purposes.Where(p => p != EmailPurpose.WeeklyDigest && p != EmailPurpose.PublishNudge));
        Assert.Single(fixture.Effects.Published, k => k.StartsWith(id, StringComparison.Ordinal));
        Assert.Single(fixture.Effects.FollowUps, f => f.Key.StartsWith(id, StringComparison.Ordinal));
        Assert.Empty(closed.Timers);
        Assert.Empty(closed.Outbox);
        Assert.Equal(fixture.Effects.Emails.Count(e => e.Key.StartsWith(id, StringComparison.Ordinal)),
            fixture.Effects.Emails.Where(e => e.Key.StartsWith(id, StringComparison.Ordinal)).Select(e => e.Key).Distinct().Count());
    }

    [Fact]
    public async Task Deadline_MissedWhileInReview_EmailsTheSponsorAndRepeats()
    {
        const string id = "pm-late";
        var declaredAt = DateTimeOffset.UtcNow;
        Accepted(await Grain(id).Execute(new DeclarePostMortem(id, SeedPostMortem.EndingAt(declaredAt), [])));

        await Until(id, s => s.Escalations >= 2);

        var emails = fixture.Effects.Emails.Where(e => e.Key.StartsWith(id + "/", StringComparison.Ordinal)).ToList();
        var nudge = Assert.Single(emails, e => e.Message.Purpose == EmailPurpose.PublishNudge);
        var escalations = emails.Where(e => e.Message.Purpose == EmailPurpose.SponsorEscalation).ToList();
        Assert.True(escalations.Count >= 2);
        Assert.All(escalations, e => Assert.Equal(["vp@example.com"], e.Message.To));
        Assert.True(nudge.At >= declaredAt + WorkflowClusterFixture.Durations.PublishNudge - TimeSpan.FromMilliseconds(500));
        Assert.True(escalations[0].At >= declaredAt + WorkflowClusterFixture.Durations.PublishDeadline - TimeSpan.FromMilliseconds(500));
        Assert.Contains("rui@example.com", escalations[0].Message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Email_FailingTwice_IsRetriedAndDeliveredOnce()
    {
        const string id = "pm-retry";
        var key = $"{id}/email:review:1";
        fixture.Effects.FailuresBeforeSuccess[key] = 2;

        Accepted(await Grain(id).Execute(new DeclarePostMortem(id, SeedPostMortem.EndingAt(DateTimeOffset.UtcNow.AddDays(1)), [])));

        var state = await Until(id, s => s.Completed.Any(c => c.Id == "email:review:1"));
        Assert.Equal(3, fixture.Effects.AttemptsOf(key));
        Assert.Single(fixture.Effects.Emails, e => e.Key == key);
        Assert.Equal(3, state.Completed.Single(c => c.Id == "email:review:1").Attempts);
    }

    [Fact]
    public async Task Execute_RefusedCommand_ChangesNothing()
    {
        const string id = "pm-refused";
        Accepted(await Grain(id).Execute(new DeclarePostMortem(id, SeedPostMortem.EndingAt(DateTimeOffset.UtcNow.AddDays(1)), [])));
        var before = await Until(id, s => s.Outbox.IsEmpty);

        var result = await Grain(id).Execute(new ApproveReport("rui@example.com"));

        Assert.Equal(RejectionKind.WrongPhase, result.Rejection?.Kind);
        Assert.Equal(before.Version, (await Grain(id).GetState()).Version);
    }
}
