using System.Collections.Immutable;
using PostMortemFlow.Domain.Workflow;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.GitHub;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Publishing.Tests.GitHub;

public sealed class GitHubTicketClientTests : IAsyncLifetime
{
    private const string Issues = "^/api/v3/repos/contoso/checkout-api/issues$";
    private FakeCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await FakeCloud.StartAsync();

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    private GitHubTicketClient Client() => new(Options.Create(new GitHubTicketClientOptions
    {
        Token = "ghp_test_token",
        BaseUrl = _cloud.BaseUrl,
        DefaultRepository = "contoso/catch-all",
        Repositories = new(StringComparer.OrdinalIgnoreCase) { ["checkout-api"] = "contoso/checkout-api" },
        Assignees = new(StringComparer.OrdinalIgnoreCase) { ["omar@example.com"] = "omar-gh" },
    }), new TestLinks());

    private static PostMortemState State() => TestStates.Published(change: p => p with
    {
        Incident = p.Incident with { AffectedServices = ["checkout-api"] },
        ActionItems = p.ActionItems.SetItem(0, p.ActionItems[0] with { Owner = "omar@example.com", Category = FactorCategory.Monitoring }),
    });

    [Fact]
    public async Task Create_PostsAnIssueToTheServicesRepositoryWithLabelsAssigneeAndMarker()
    {
        var state = State();
        var item = state.PostMortem.ActionItems[0];

        var link = await Client().CreateTicketAsync(state, item, "pm-20250209-api/ticket:AI-001");

        var create = Assert.Single(_cloud.Matching("POST", Issues));
        Assert.Equal("Bearer ghp_test_token", create.Authorization);
        var body = create.JsonBody();
        Assert.Equal($"AI-001: {item.Action}", body["title"]!.GetValue<string>());
        Assert.Equal(["post-mortem", "monitoring"], body["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal(["omar-gh"], body["assignees"]!.AsArray().Select(a => a!.GetValue<string>()));
        var text = body["body"]!.GetValue<string>();
        Assert.Contains("https://pmf.example/postmortems/pm-20250209-api", text, StringComparison.Ordinal);
        Assert.Contains($"**Deadline:** {item.Deadline:yyyy-MM-dd}", text, StringComparison.Ordinal);
        Assert.Contains($"**Priority:** {item.Priority}", text, StringComparison.Ordinal);
        Assert.Contains("<!-- postmortemflow:pm-20250209-api/ticket:AI-001 -->", text, StringComparison.Ordinal);
        Assert.Equal("https://github.example/contoso/checkout-api/issues/1", link);
        Assert.True(_cloud.Matching("GET", Issues).Single().Query.Contains("labels=post-mortem", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_ForARestrictedPostMortem_SendsOnlyTheLinkAndTheMarker_NoActionTitleOrCategory()
    {
        var state = State() with { Restriction = new PostMortemFlow.Domain.Access.Restriction { People = ["legal@example.com"] } };
        var item = state.PostMortem.ActionItems[0];

        await Client().CreateTicketAsync(state, item, "pm-20250209-api/ticket:AI-001");

        var body = Assert.Single(_cloud.Matching("POST", Issues)).JsonBody();
        Assert.Equal("AI-001: action item of a restricted post-mortem", body["title"]!.GetValue<string>());
        Assert.Equal(["post-mortem"], body["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal(
            "Action item of a restricted post-mortem. Its details are visible to its people only: https://pmf.example/postmortems/pm-20250209-api"
            + "\n\n<!-- postmortemflow:pm-20250209-api/ticket:AI-001 -->",
            body["body"]!.GetValue<string>());
        Assert.DoesNotContain(item.Action, body.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(state.PostMortem.Title, body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comment_TwiceWithTheSameKey_AddsOneCommentEndingWithTheMarker()
    {
        var state = State();
        var link = await Client().CreateTicketAsync(state, state.PostMortem.ActionItems[0], "pm-20250209-api/ticket:AI-001");
        var item = state.PostMortem.ActionItems[0] with { TrackerLink = link };
        const string text = "Prevention check (follow-up): not effective: the signature recurred at 2025-02-14 12:00 UTC.";

        Assert.True(await Client().CommentAsync(state, item, text, "pm-20250209-api/ticket-comment:AI-001:9:NotEffective"));
        Assert.True(await Client().CommentAsync(state, item, text, "pm-20250209-api/ticket-comment:AI-001:9:NotEffective"));

        var comment = Assert.Single(_cloud.IssueComments["contoso/checkout-api#1"]);
        Assert.Equal($"{text}\n\n<!-- postmortemflow:pm-20250209-api/ticket-comment:AI-001:9:NotEffective -->", comment["body"]!.GetValue<string>());
        Assert.Single(_cloud.Matching("POST", "^/api/v3/repos/contoso/checkout-api/issues/1/comments$"));
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task Create_FailureThenOutboxRetry_CreatesOneIssue(int status)
    {
        var state = State();
        _cloud.Fail("POST", Issues, status, times: 1, retryAfter: 1);

        var failure = await Assert.ThrowsAsync<PublishingException>(() => Client().CreateTicketAsync(state, state.PostMortem.ActionItems[0], "k/ticket:AI-001"));
        var link = await Client().CreateTicketAsync(state, state.PostMortem.ActionItems[0], "k/ticket:AI-001");

        Assert.False(failure.IsPermanent);
        Assert.Single(_cloud.Issues["contoso/checkout-api"]);
        Assert.EndsWith("/issues/1", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_CreatedButAnswerLost_RetryFindsTheMarkerAndDoesNotCreateAgain()
    {
        var state = State();
        _cloud.Fail("POST", Issues, 502, times: 1, afterWork: true);

        await Assert.ThrowsAsync<PublishingException>(() => Client().CreateTicketAsync(state, state.PostMortem.ActionItems[0], "k/ticket:AI-001"));
        var link = await Client().CreateTicketAsync(state, state.PostMortem.ActionItems[0], "k/ticket:AI-001");

        Assert.Single(_cloud.Issues["contoso/checkout-api"]);
        Assert.Single(_cloud.Matching("POST", Issues));
        Assert.Equal("https://github.example/contoso/checkout-api/issues/1", link);
    }

    [Fact]
    public async Task Create_NoRepositoryForTheService_UsesTheDefault()
    {
        var state = TestStates.Published(change: p => p with { Incident = p.Incident with { AffectedServices = ["billing"] } });

        await Client().CreateTicketAsync(state, state.PostMortem.ActionItems[1], "k/ticket:AI-002");

        Assert.Single(_cloud.Matching("POST", "^/api/v3/repos/contoso/catch-all/issues$"));
    }

    [Fact]
    public async Task Create_NotFound_IsPermanentAndNamesTheSetting()
    {
        var state = State();
        _cloud.Fail("GET", Issues, 404);

        var failure = await Assert.ThrowsAsync<PublishingException>(() => Client().CreateTicketAsync(state, state.PostMortem.ActionItems[0], "k/ticket:AI-001"));

        Assert.True(failure.IsPermanent);
        Assert.Contains("GitHub:Repositories", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ghp_test_token", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadStatuses_ClosedIssue_IsDoneAndOpenIssueStaysOpen()
    {
        var state = State();
        var client = Client();
        var first = await client.CreateTicketAsync(state, state.PostMortem.ActionItems[0], "k/ticket:AI-001");
        var second = await client.CreateTicketAsync(state, state.PostMortem.ActionItems[1], "k/ticket:AI-002");
        lock (_cloud.Issues["contoso/checkout-api"])
        {
            _cloud.Issues["contoso/checkout-api"][0]["state"] = "closed";
            _cloud.Issues["contoso/checkout-api"][0]["state_reason"] = "completed";
        }
        var tracked = state with
        {
            PostMortem = state.PostMortem with
            {
                ActionItems = state.PostMortem.ActionItems.SetItem(0, state.PostMortem.ActionItems[0] with { TrackerLink = first })
                    .SetItem(1, state.PostMortem.ActionItems[1] with { TrackerLink = second }),
            },
        };

        var statuses = await client.ReadStatusesAsync(tracked);

        Assert.Equal(ImmutableDictionary<string, ActionItemStatus>.Empty.Add("AI-001", ActionItemStatus.Done).Add("AI-002", ActionItemStatus.Open), statuses);
        Assert.Equal(["/api/v3/repos/contoso/checkout-api/issues/1", "/api/v3/repos/contoso/checkout-api/issues/2"], _cloud.Matching("GET", @"/issues/\d+$").Select(r => r.Path));
    }
}
