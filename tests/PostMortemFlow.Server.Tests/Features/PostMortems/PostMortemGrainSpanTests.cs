using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PostMortemFlow.Integrations.Telemetry;
using PostMortemFlow.Server.Tests.Api;
using PostMortemFlow.Server.Tests.Persistence;
using PostMortemFlow.Server.Tests.Telemetry;
using static PostMortemFlow.Server.Tests.Api.ApiJsonBodies;

namespace PostMortemFlow.Server.Tests.Features.PostMortems;

/// <summary>The grain's spans, seen through the real server: one per command with its outcome, one per effect it ran.</summary>
public sealed class PostMortemGrainSpanTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Execute_DeclareThenAWrongApproval_SpansCarryTheIdTheCommandAndTheOutcome()
    {
        using var spans = new SpanRecorder();
        var declared = await _client.PostAsync("/api/postmortems", Json(Declaration(DateTimeOffset.UtcNow.AddDays(1))));
        Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
        var id = (await declared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await Eventually.ReachAsync(() => Task.FromResult(spans.Of(id)), s => s.Any(a => a.DisplayName == "effect SendEmail"), Timeout);

        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostAsync($"/api/postmortems/{id}/approve", null)).StatusCode);

        var declare = spans.Single(id, "command DeclarePostMortem");
        Assert.Equal("DeclarePostMortem", declare.GetTagItem(PostMortemTelemetry.Command));
        Assert.Equal("changed", declare.GetTagItem(PostMortemTelemetry.Outcome));
        Assert.Equal("Collecting", declare.GetTagItem(PostMortemTelemetry.Phase));
        var refused = spans.Single(id, "command ApproveReport");
        Assert.Equal("rejected", refused.GetTagItem(PostMortemTelemetry.Outcome));
        Assert.Equal("WrongPhase", refused.GetTagItem(PostMortemTelemetry.Rejection));
        Assert.Equal("TimelineReview", refused.GetTagItem(PostMortemTelemetry.Phase));
        Assert.Equal("succeeded", spans.Single(id, "effect CollectEvidence").GetTagItem(PostMortemTelemetry.Outcome));
        Assert.Equal("email:review:1", spans.Single(id, "effect SendEmail").GetTagItem(PostMortemTelemetry.EffectId));
    }
}
