using System.Net.Http.Json;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Functions.Tests.Reviews;

/// <summary>The Functions app keeps the review's discussion as the server does: the same routes, one mention e-mail, author-only edits.</summary>
public sealed class CommentsFunctionsTests
{
    [Fact]
    public async Task AComment_MentionsOnce_OnlyItsAuthorEditsIt_AndItIsResolved()
    {
        await using var app = await FunctionsApp.StartAsync(new Dictionary<string, string?>());
        const string id = "pm-comments";
        await app.DeclareAsync(id, TestStates.Draft(DateTimeOffset.UtcNow.AddDays(1)));
        await app.UntilAsync(id, s => s.Phase == Phase.TimelineReview && s.Outbox.IsEmpty);
        Task<FunctionAnswer> Add() => app.Call.InvokeAsync("POST", $"/api/postmortems/{id}/comments", r => app.PostMortems.AddCommentAsync(r, app.Client, id),
            JsonContent.Create(new { anchor = "timeline[0]", text = "@mei@example.com is this the first symptom?", by = "rui@example.com" }),
            headers: new Dictionary<string, string> { ["Idempotency-Key"] = "k-1" });

        var added = await Add();
        var again = await Add();
        var other = await app.Call.InvokeAsync("PUT", $"/api/postmortems/{id}/comments/C1", r => app.PostMortems.EditCommentAsync(r, app.Client, id, "C1"),
            JsonContent.Create(new { text = "not mine", by = "mei@example.com" }));
        var resolved = await app.Call.InvokeAsync("POST", $"/api/postmortems/{id}/comments/C1/resolve", r => app.PostMortems.ResolveCommentAsync(r, app.Client, id, "C1"),
            JsonContent.Create(new { by = "mei@example.com" }));
        var comments = await app.Call.InvokeAsync("GET", $"/api/postmortems/{id}/comments", r => app.PostMortems.CommentsAsync(r, app.Client, id));

        Assert.Equal((200, 200, 403, 200), (added.Status, again.Status, other.Status, resolved.Status));
        Assert.Equal((0, 1), (comments.Json.GetProperty("open").GetInt32(), comments.Json.GetProperty("comments").GetArrayLength()));
        var state = await app.UntilAsync(id, s => s.Outbox.IsEmpty);
        Assert.Equal("email:mention:C1:mei@example.com", Assert.Single(state.Completed, c => c.Id.StartsWith("email:mention:", StringComparison.Ordinal)).Id);
    }
}
