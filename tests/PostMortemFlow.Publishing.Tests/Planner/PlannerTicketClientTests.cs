using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.Logging;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.Graph;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Publishing.Tests.Planner;

public sealed class PlannerTicketClientTests : IAsyncLifetime
{
    private const string Tasks = "^/v1.0/planner/tasks$";
    private const string BucketTasks = "^/v1.0/planner/buckets/bucket-actions/tasks$";
    private const string Details = "^/v1.0/planner/tasks/[^/]+/details$";
    private GraphFixture _graph = null!;

    public async Task InitializeAsync() => _graph = await GraphFixture.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    private FakeCloud Cloud => _graph.Cloud;

    private static PostMortemState State() => TestStates.Published(change: p => p with
    {
        Incident = p.Incident with { AffectedServices = ["checkout-api"] },
        ActionItems = p.ActionItems.SetItem(0, p.ActionItems[0] with { Owner = "omar@example.com", Category = FactorCategory.Monitoring }),
    });

    private static string DescriptionOf(FakeCloud cloud, string taskId) => cloud.PlannerDetails[taskId]["description"]!.GetValue<string>();

    [Fact]
    public async Task Create_PostsTheTaskToTheServicesPlanAndBucket_ThenWritesTheDetailsWithIfMatch()
    {
        var state = State();
        var item = state.PostMortem.ActionItems[0];

        var link = await _graph.Planner().CreateTicketAsync(state, item, "pm-20250209-api/ticket:AI-001");

        Assert.Equal(
            [("GET", "/v1.0/planner/buckets/bucket-actions/tasks"), ("POST", "/v1.0/planner/tasks"),
             ("GET", "/v1.0/planner/tasks/task-001/details"), ("PATCH", "/v1.0/planner/tasks/task-001/details")],
            Cloud.Requests.Select(r => (r.Method, r.Path)));
        Assert.All(Cloud.Requests, r => Assert.Equal($"Bearer {FakeTokenCredential.Token}", r.Authorization));

        var body = Assert.Single(Cloud.Matching("POST", Tasks)).JsonBody();
        Assert.Equal("plan-checkout", body["planId"]!.GetValue<string>());
        Assert.Equal("bucket-actions", body["bucketId"]!.GetValue<string>());
        Assert.Equal($"AI-001: {item.Action}", body["title"]!.GetValue<string>());
        Assert.Equal(new DateTimeOffset(item.Deadline!.Value.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero),
            DateTimeOffset.Parse(body["dueDateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        Assert.Equal(ActionPriority.High, item.Priority);
        Assert.Equal(3, body["priority"]!.GetValue<int>());
        var assignment = body["assignments"]![GraphFixture.OmarUserId]!;
        Assert.Equal("#microsoft.graph.plannerAssignment", assignment["@odata.type"]!.GetValue<string>());
        Assert.Equal(" !", assignment["orderHint"]!.GetValue<string>());

        // The fake answers 204 only when If-Match is the details' current etag (400 without it, 412 when stale).
        var patch = Cloud.Requests[3];
        Assert.Equal(204, patch.Status);
        Assert.StartsWith("W/\"", patch.IfMatch, StringComparison.Ordinal);
        var description = DescriptionOf(Cloud, "task-001");
        Assert.Contains("https://pmf.example/postmortems/pm-20250209-api", description, StringComparison.Ordinal);
        Assert.Contains($"Deadline: {item.Deadline:yyyy-MM-dd}", description, StringComparison.Ordinal);
        Assert.Contains("Priority: High", description, StringComparison.Ordinal);
        Assert.EndsWith("postmortemflow:pm-20250209-api/ticket:AI-001", description.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("Not assigned", description, StringComparison.Ordinal);
        Assert.Equal($"{Cloud.GraphUrl}/planner/tasks/task-001", link);
    }

    [Fact]
    public async Task Create_UnmappedOwner_IsLeftUnassignedAndTheDescriptionSaysWhy()
    {
        var state = State();
        var item = state.PostMortem.ActionItems[2];

        await _graph.Planner().CreateTicketAsync(state, item, "k/ticket:AI-003");

        var body = Assert.Single(Cloud.Matching("POST", Tasks)).JsonBody();
        Assert.True(body["assignments"] is null || body["assignments"]!.AsObject().All(p => p.Key == "@odata.type"));
        Assert.Equal(5, body["priority"]!.GetValue<int>());
        Assert.Contains($"Not assigned in Planner: the owner {item.Owner} has no Entra ID user in Planner:Assignees.", DescriptionOf(Cloud, "task-001"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_NoPlanForTheService_UsesTheDefaultPlan()
    {
        var state = TestStates.Published(change: p => p with { Incident = p.Incident with { AffectedServices = ["billing"] } });

        await _graph.Planner().CreateTicketAsync(state, state.PostMortem.ActionItems[1], "k/ticket:AI-002");

        Assert.Single(Cloud.Matching("GET", "^/v1.0/planner/buckets/bucket-catchall/tasks$"));
        Assert.Equal("plan-catchall", Assert.Single(Cloud.Matching("POST", Tasks)).JsonBody()["planId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_Throttled429_IsRetriedAfterRetryAfterAndMakesOneTask()
    {
        var state = State();
        Cloud.Fail("POST", Tasks, 429, times: 1, retryAfter: 1);

        var link = await _graph.Planner().CreateTicketAsync(state, state.PostMortem.ActionItems[0], "k/ticket:AI-001");

        Assert.Equal([429, 201], Cloud.Matching("POST", Tasks).Select(r => r.Status));
        Assert.Single(Cloud.PlannerTasks);
        Assert.EndsWith("/planner/tasks/task-001", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_Unavailable503_GoesBackToTheOutboxWhoseRetryMakesOneTask()
    {
        var state = State();
        Cloud.Fail("POST", Tasks, 503, times: 1, retryAfter: 1);

        var failure = await Assert.ThrowsAsync<PublishingException>(() => _graph.Planner().CreateTicketAsync(state, state.PostMortem.ActionItems[0], "k/ticket:AI-001"));
        await _graph.Planner().CreateTicketAsync(state, state.PostMortem.ActionItems[0], "k/ticket:AI-001");

        Assert.False(failure.IsPermanent);
        Assert.Equal(503, failure.Status);
        Assert.Equal([503, 201], Cloud.Matching("POST", Tasks).Select(r => r.Status));
        Assert.Single(Cloud.PlannerTasks);
    }

    [Fact]
    public async Task Create_Unavailable503OnReads_AreRetriedInsideTheAttempt()
    {
        var state = State();
        Cloud.Fail("GET", BucketTasks, 503, times: 1, retryAfter: 1);
        Cloud.Fail("GET", Details, 429, times: 1, retryAfter: 1);

        await _graph.Planner().CreateTicketAsync(state, state.PostMortem.ActionItems[0], "k/ticket:AI-001");

        Assert.Equal([503, 200], Cloud.Matching("GET", BucketTasks).Select(r => r.Status));
        Assert.Equal([429, 200], Cloud.Matching("GET", Details).Select(r => r.Status));
        Assert.Single(Cloud.PlannerTasks);
        Assert.Contains("postmortemflow:k/ticket:AI-001", DescriptionOf(Cloud, "task-001"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_CreatedButTheAnswerWasLost_RetryAdoptsTheTaskAndWritesItsDetails()
    {
        var state = State();
        Cloud.Fail("POST", Tasks, 502, times: 1, afterWork: true);

        await Assert.ThrowsAsync<PublishingException>(() => _graph.Planner().CreateTicketAsync(state, state.PostMortem.ActionItems[0], "k/ticket:AI-001"));
        Assert.Single(Cloud.PlannerTasks);
        Assert.True(string.IsNullOrEmpty(Cloud.PlannerDetails["task-001"]["description"]?.GetValue<string>()));
        var link = await _graph.Planner().CreateTicketAsync(state, state.PostMortem.ActionItems[0], "k/ticket:AI-001");

        Assert.Single(Cloud.PlannerTasks);
        Assert.Single(Cloud.Matching("POST", Tasks));
        Assert.Equal($"{Cloud.GraphUrl}/planner/tasks/task-001", link);
        Assert.Contains("postmortemflow:k/ticket:AI-001", DescriptionOf(Cloud, "task-001"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_DetailsWrittenButTheAnswerWasLost_SdkRetryGets412AndTheReReadFindsTheMarker()
    {
        var state = State();
        Cloud.Fail("PATCH", Details, 503, times: 1, retryAfter: 1, afterWork: true);

        var link = await _graph.Planner().CreateTicketAsync(state, state.PostMortem.ActionItems[0], "k/ticket:AI-001");

        Assert.Equal([503, 412], Cloud.Matching("PATCH", Details).Select(r => r.Status));
        Assert.Single(Cloud.PlannerTasks);
        Assert.EndsWith("/planner/tasks/task-001", link, StringComparison.Ordinal);
        Assert.Contains("postmortemflow:k/ticket:AI-001", DescriptionOf(Cloud, "task-001"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_AgainWithTheSameKey_FindsTheTaskOnALaterPageAndCreatesNothing()
    {
        var state = State();
        var client = _graph.Planner();
        var items = state.PostMortem.ActionItems;
        var links = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            links.Add(await client.CreateTicketAsync(state, items[i], $"k/ticket:{items[i].Id}"));
        }

        var again = await client.CreateTicketAsync(state, items[3], $"k/ticket:{items[3].Id}");

        Assert.Equal(links[3], again);
        Assert.Equal(4, Cloud.PlannerTasks.Count);
        Assert.Equal(4, Cloud.Matching("POST", Tasks).Count);
        Assert.Contains(Cloud.Matching("GET", BucketTasks), r => r.Query.Contains("skiptoken=2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_SameItemIdOfAnotherPostMortem_IsNotMistakenForThisOne()
    {
        var state = State();
        var other = State() with { Id = "pm-20250301-db" };

        await _graph.Planner().CreateTicketAsync(other, other.PostMortem.ActionItems[0], "pm-20250301-db/ticket:AI-001");
        await _graph.Planner().CreateTicketAsync(state, state.PostMortem.ActionItems[0], "pm-20250209-api/ticket:AI-001");

        Assert.Equal(2, Cloud.PlannerTasks.Count);
        Assert.Contains("postmortemflow:pm-20250209-api/ticket:AI-001", DescriptionOf(Cloud, "task-002"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_BucketNotFound_IsPermanentAndNamesTheSettings()
    {
        var state = State();
        Cloud.Fail("GET", BucketTasks, 404);

        var failure = await Assert.ThrowsAsync<PublishingException>(() => _graph.Planner().CreateTicketAsync(state, state.PostMortem.ActionItems[0], "k/ticket:AI-001"));

        Assert.True(failure.IsPermanent);
        Assert.Contains("Planner:Plans", failure.Message, StringComparison.Ordinal);
        Assert.Empty(Cloud.Matching("POST", Tasks));
    }

    [Fact]
    public async Task Create_Forbidden_SaysWhichPermissionIsMissing()
    {
        var state = State();
        Cloud.Fail("POST", Tasks, 403);

        var failure = await Assert.ThrowsAsync<PublishingException>(() => _graph.Planner().CreateTicketAsync(state, state.PostMortem.ActionItems[0], "k/ticket:AI-001"));

        Assert.True(failure.IsPermanent);
        Assert.Contains("Tasks.ReadWrite.All", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadStatuses_CompletedIsDone_StartedIsInProgress_NotStartedStaysOpen_DeletedIsLeftAndSaidSo()
    {
        var state = State();
        var client = _graph.Planner();
        var items = state.PostMortem.ActionItems;
        var links = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            links.Add(await client.CreateTicketAsync(state, items[i], $"k/ticket:{items[i].Id}"));
        }
        Cloud.PlannerTasks["task-001"]["percentComplete"] = 100;
        Cloud.PlannerTasks["task-002"]["percentComplete"] = 50;
        Cloud.PlannerTasks.TryRemove("task-004", out _);
        var tracked = state with
        {
            PostMortem = state.PostMortem with
            {
                ActionItems = [.. items.Select((item, i) => i < 4 ? item with { TrackerLink = links[i] } : item with { TrackerLink = "https://github.example/contoso/x/issues/9" })],
            },
        };

        var statuses = await client.ReadStatusesAsync(tracked);

        Assert.Equal(
            ImmutableDictionary<string, ActionItemStatus>.Empty.Add("AI-001", ActionItemStatus.Done).Add("AI-002", ActionItemStatus.InProgress).Add("AI-003", ActionItemStatus.Open),
            statuses);
        Assert.Equal(["/v1.0/planner/tasks/task-001", "/v1.0/planner/tasks/task-002", "/v1.0/planner/tasks/task-003", "/v1.0/planner/tasks/task-004"],
            Cloud.Matching("GET", "^/v1.0/planner/tasks/[^/]+$").Select(r => r.Path));
        var warning = Assert.Single(_graph.PlannerLog.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("AI-004", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ActionPriority.High, 3)]
    [InlineData(ActionPriority.Medium, 5)]
    [InlineData(ActionPriority.Low, 9)]
    [InlineData(null, null)]
    public void PriorityOf_MapsToPlannersImportantMediumLow(ActionPriority? priority, int? expected) =>
        Assert.Equal(expected, PlannerTicketClient.PriorityOf(priority));

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0/planner/tasks/01gzSlKkIUSUl6DF_EilrmQAKDhh", "01gzSlKkIUSUl6DF_EilrmQAKDhh")]
    [InlineData("https://github.example/contoso/x/issues/9", null)]
    [InlineData("not a link", null)]
    public void TaskIdOf_ReadsOnlyPlannerTaskLinks(string link, string? expected) =>
        Assert.Equal(expected, PlannerTicketClient.TaskIdOf(link));
}
