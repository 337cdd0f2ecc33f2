using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Tests.Workflow;

public sealed class CommentStepsTests
{
    private const string Rui = "rui@example.com";
    private const string Mei = "mei@example.com";

    private static WorkflowScenario InReview()
    {
        var s = new WorkflowScenario().Declared();
        s.CompleteOutbox();
        return s;
    }

    private static IEnumerable<OutboxEntry> Mentions(WorkflowScenario s) => s.State.Outbox.Where(e => e.Email?.Purpose == EmailPurpose.Mention);

    [Fact]
    public void AComment_OnARow_KeepsTheRowsWords_AndARepliesJoinsItsThread()
    {
        var s = InReview();
        var row = s.State.PostMortem.Timeline[1].Event;

        s.Send(new AddComment("timeline[1]", "Was this alert already firing before the deploy?", null, null, Rui));
        s.Send(new AddComment("", "It was, at a lower rate.", "C1", null, Mei));

        Assert.Collection(s.State.PostMortem.Comments,
            first => Assert.Equal(("C1", (string?)null, "timeline[1]", row, Rui), (first.Id, first.ReplyTo, first.Anchor, first.Quote, first.Author)),
            reply => Assert.Equal(("C2", "C1", "timeline[1]", row), (reply.Id, reply.ReplyTo, reply.Anchor, reply.Quote)));
        Assert.Equal(nameof(AddComment), s.State.Changes[^1].Command);
    }

    [Fact]
    public void AMention_IsEmailedOnce_EvenWhenTheCommentIsSentAgainOrEdited()
    {
        var s = InReview();

        s.Send(new AddComment("postmortem", "@mei@example.com can you check the pool size? cc @rui", null, "key-1", Rui));
        s.Send(new AddComment("postmortem", "@mei@example.com can you check the pool size? cc @rui", null, "key-1", Rui));
        s.Send(new EditComment("C1", "@mei@example.com can you check the pool size (and the timeout)? cc @rui", Rui));

        var comment = Assert.Single(s.State.PostMortem.Comments);
        Assert.Equal([Mei, Rui], comment.Mentioned.Order());
        Assert.Equal(["email:mention:C1:mei@example.com", "email:mention:C1:rui@example.com"], Mentions(s).Select(e => e.Id).Order());
        var mail = Mentions(s).First(e => e.Id.EndsWith(Mei, StringComparison.Ordinal)).Email!;
        Assert.Equal([Mei], mail.To);
        Assert.Equal("comment-C1", mail.Anchor);
        Assert.Contains("can you check the pool size?", mail.Body, StringComparison.Ordinal);

        s.Send(new EditComment("C1", "@mei@example.com @vp@example.com please look", Rui));
        Assert.Equal(3, Mentions(s).Count());
    }

    [Fact]
    public void OnlyItsAuthor_EditsOrDeletesAComment()
    {
        var s = InReview();
        s.Send(new AddComment("postmortem", "Rui's note", null, null, Rui));

        Assert.Equal(RejectionKind.Forbidden, s.Send(new EditComment("C1", "Mei's words", Mei)).Rejection!.Kind);
        Assert.Equal(RejectionKind.Forbidden, s.Send(new DeleteComment("C1", Mei)).Rejection!.Kind);
        Assert.Null(s.Send(new DeleteComment("C1", Rui)).Rejection);
        Assert.Equal((true, ""), (s.State.PostMortem.Comments[0].Deleted, s.State.PostMortem.Comments[0].Text));
    }

    [Fact]
    public void AThread_IsResolvedAndReopened_AsAWhole()
    {
        var s = InReview();
        s.Send(new AddComment("timeline[0]", "Which dashboard?", null, null, Rui));
        s.Send(new AddComment("", "The API one.", "C1", null, Mei));

        s.Send(new ResolveComment("C2", true, Mei));
        Assert.Equal((true, Mei), (s.State.PostMortem.Comments[0].Resolved, s.State.PostMortem.Comments[0].ResolvedBy));

        s.Send(new ResolveComment("C1", false, Rui));
        Assert.True(s.State.PostMortem.Comments[0].IsOpen);
    }

    [Theory]
    [InlineData("timeline[99]", "Where?", "anchor")]
    [InlineData("summary", "Where?", "anchor")]
    [InlineData("postmortem", "  ", "text")]
    public void ABadComment_IsRefusedNamingTheField_AndChangesNothing(string anchor, string text, string field)
    {
        var s = InReview();
        var before = s.State;

        var decision = s.Send(new AddComment(anchor, text, null, null, Rui));

        Assert.Equal(field, decision.Rejection!.Field);
        Assert.Same(before, s.State);
    }

    [Fact]
    public void AnIdempotencyKeyLongerThanAName_IsRefusedNamingIt()
    {
        var s = InReview();

        var decision = s.Send(new AddComment("postmortem", "Fine text.", null, new string('k', 300), Rui));

        Assert.Equal("Idempotency-Key", decision.Rejection!.Field);
        Assert.Empty(s.State.PostMortem.Comments);
    }

    [Fact]
    public void Approving_WithOpenComments_IsAConflictNamingThem_UnlessTheApproverSettlesThem()
    {
        var s = new WorkflowScenario().Declared(WorkflowScenario.Draft(WorkflowScenario.Item("AI-001", ActionPriority.High, new DateOnly(2025, 3, 1))));
        s.Send(new ApproveTimeline(Rui));
        s.Send(new ApproveAnalysis(Rui));
        s.Send(new AddComment("actionItems[AI-001]", "Is one month enough for this?", null, null, Mei));

        var refused = s.Send(new ApproveReport(Rui));

        Assert.Equal(RejectionKind.Conflict, refused.Rejection!.Kind);
        Assert.Contains("C1 on action item AI-001 by mei@example.com", refused.Rejection.Message, StringComparison.Ordinal);
        Assert.Equal(Phase.Approval, s.State.Phase);

        Assert.Null(s.Send(new ApproveReport(Rui) { ResolveOpenComments = true }).Rejection);
        Assert.Equal((Phase.Publishing, true, Rui), (s.State.Phase, s.State.PostMortem.Comments[0].Resolved, s.State.PostMortem.Comments[0].ResolvedBy));
    }

    [Fact]
    public void AComment_DoesNotMakeAnOpenTimelineEditStale()
    {
        var s = InReview();
        var seen = s.State.Version;
        s.Send(new AddComment("timeline[0]", "Is this the first symptom?", null, null, Mei));

        var decision = s.Send(new Guarded(new EditTimeline(s.State.PostMortem.Timeline.RemoveAt(2), Rui), seen));

        Assert.Null(decision.Rejection);
    }
}
