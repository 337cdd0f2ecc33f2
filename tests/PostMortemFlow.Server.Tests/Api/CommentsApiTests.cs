using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static PostMortemFlow.Server.Tests.Api.ApiJsonBodies;

namespace PostMortemFlow.Server.Tests.Api;

/// <summary>The review's discussion through the API: threads with mentions e-mailed once, author-only edits, resolving and re-opening.</summary>
public sealed class CommentsApiTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task AComment_WithAMention_SentTwiceWithItsKey_IsOneComment_AndOneEmail()
    {
        var id = await SettledPostMortem.DeclareAsync(_client);
        var title = (await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}")).GetProperty("postMortem").GetProperty("title").GetString();
        var body = new { anchor = "postmortem", text = "@mei@example.com was this the first symptom?", by = "rui@example.com" };

        using var first = await PostAsync($"/api/postmortems/{id}/comments", body, "comment-1");
        using var retried = await PostAsync($"/api/postmortems/{id}/comments", body, "comment-1");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retried.StatusCode));
        await SettledPostMortem.WaitAsync(_client, id);
        var comments = await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}/comments");
        var comment = Assert.Single(comments.GetProperty("comments").EnumerateArray());
        Assert.Equal(1, comments.GetProperty("open").GetInt32());
        Assert.Equal(("C1", title, "rui@example.com"), (comment.GetProperty("id").GetString(), comment.GetProperty("quote").GetString(), comment.GetProperty("author").GetString()));
        Assert.Equal(title, comment.GetProperty("quote").GetString());
        var mails = Directory.GetFiles(Path.Combine(factory.DataPath, "outbox", id), "*.eml").Where(f => Path.GetFileName(f).Contains("mention", StringComparison.Ordinal)).ToList();
        var mail = File.ReadAllText(Assert.Single(mails));
        Assert.Contains("mei@example.com", mail, StringComparison.Ordinal);
        Assert.Contains("X-PostMortemFlow-Purpose: Mention", mail, StringComparison.Ordinal);
        Assert.Contains("was this the first symptom?", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyItsAuthorEditsAComment_AndAThreadIsResolvedAndReopened()
    {
        var id = await SettledPostMortem.DeclareAsync(_client);
        (await PostAsync($"/api/postmortems/{id}/comments", new { text = "Should the pool size be in the runbook?", by = "rui@example.com" }, null)).EnsureSuccessStatusCode();

        using var other = await _client.PutAsync($"/api/postmortems/{id}/comments/C1", Json(new { text = "rewritten", by = "mei@example.com" }));
        using var own = await _client.PutAsync($"/api/postmortems/{id}/comments/C1", Json(new { text = "Should the pool size be in the runbook, with its alert?", by = "rui@example.com" }));
        using var empty = await _client.PostAsync($"/api/postmortems/{id}/comments", Json(new { text = " ", by = "rui@example.com" }));
        using var resolved = await _client.PostAsync($"/api/postmortems/{id}/comments/C1/resolve", Json(new { by = "mei@example.com" }));
        var afterResolve = await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}/comments");
        using var reopened = await _client.PostAsync($"/api/postmortems/{id}/comments/C1/reopen", Json(new { by = "rui@example.com" }));
        var afterReopen = await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}/comments");

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.True((await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("text", out _));
        Assert.Equal((HttpStatusCode.OK, 0), (resolved.StatusCode, afterResolve.GetProperty("open").GetInt32()));
        Assert.Equal((HttpStatusCode.OK, 1), (reopened.StatusCode, afterReopen.GetProperty("open").GetInt32()));
        Assert.Equal("Should the pool size be in the runbook, with its alert?", afterReopen.GetProperty("comments")[0].GetProperty("text").GetString());
        var history = await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}/changes");
        Assert.Equal(["AddComment", "EditComment", "ResolveComment", "ResolveComment"],
            history.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("command").GetString()).Where(c => c!.Contains("Comment", StringComparison.Ordinal)));
    }

    private async Task<HttpResponseMessage> PostAsync(string path, object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        return await _client.SendAsync(request);
    }
}
