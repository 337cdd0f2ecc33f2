using PostMortemFlow.Integrations.Artifacts;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Drafting;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.Identity;
using PostMortemFlow.Integrations.Tests.Infrastructure;

namespace PostMortemFlow.Integrations.Tests.Drafting;

/// <summary>
/// The drafter composed as the hosts compose it, against a local server speaking the chat-completions wire format
/// (OpenAI's and Azure OpenAI's paths, structured output); the assertions are on what the real SDK sent.
/// </summary>
public sealed class SuggestionDrafterTests : IDisposable
{
    private const string Key = "sk-test-9f8e7d6c5b4a";
    private static readonly DateTimeOffset T = new(2025, 2, 9, 10, 0, 0, TimeSpan.Zero);
    private readonly EvidenceScenario _scenario = new();
    private readonly List<ServiceProvider> _providers = [];

    private const string GroundedAnswer = """
        {"summary":[{"text":"Requests to the orders API failed while the connection pool was exhausted.","cites":["T1","T3"]}],
         "impact":[],"rootCause":[{"text":"A query held connections longer than the pool allowed.","cites":["T3"]}],
         "factors":[{"sentences":[{"text":"No dashboard panel showed the pool's use.","cites":["T3"]}],"category":"Monitoring","firstWhy":"What would have shown the pool filling up?"}],
         "questions":[],"lessons":[{"text":"Pool saturation needs its own signal.","cites":["T9"]}]}
        """;

    private PostMortemState State(Restriction? restriction = null) => _scenario.State with
    {
        Restriction = restriction,
        PostMortem = _scenario.State.PostMortem with
        {
            Timeline =
            [
                new TimelineEntry { Time = T, Event = "5xx rate above its baseline", Source = "prometheus", Kind = TimelineEntryKind.FirstSymptom },
                new TimelineEntry { Time = T.AddMinutes(9), Event = "Page acknowledged", Source = "pagerduty", Actor = "ana", Kind = TimelineEntryKind.Acknowledged },
                new TimelineEntry { Time = T.AddMinutes(30), Event = "Pool exhausted; the job ran with password=hunter2 in its URL", Source = "chat", Actor = "ana", Kind = TimelineEntryKind.Diagnosed },
            ],
        },
    };

    private ISuggestionDrafter Drafter(Uri endpoint, string provider = "OpenAICompatible", string timeout = "00:00:10", int attempts = 1)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Drafting:Provider"] = provider, ["Drafting:Endpoint"] = endpoint.ToString(), ["Drafting:Model"] = "pmf-model", ["Drafting:ApiKey"] = Key,
            ["Drafting:Timeout"] = timeout, ["Drafting:MaxAttempts"] = attempts.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Drafting:RetryDelay"] = "00:00:00.050",
        }).Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_scenario.Clock);
        services.AddPostMortemIntegrations();
        services.AddSingleton(_scenario.Store);
        var fake = new FakeCredential();
        services.AddSingleton(new AzureCredentials(fake, fake));
        var built = services.BuildServiceProvider();
        _providers.Add(built);
        return built.GetRequiredService<ISuggestionDrafter>();
    }

    [Fact]
    public async Task Draft_OpenAICompatible_SendsTheRedactedTimelineWithTheSchema_AndKeepsOnlyGroundedSuggestions()
    {
        await using var server = await FakeServer.StartAsync((context, _) => ChatCompletion.WriteAsync(context, GroundedAnswer));

        var drafted = await Drafter(new Uri(server.BaseUrl, "v1/")).DraftAsync(State(), 1);

        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/v1/chat/completions"), (request.Method, request.PathAndQuery));
        Assert.Equal($"Bearer {Key}", request.Header("Authorization"));
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("pmf-model", body["model"]!.GetValue<string>());
        Assert.Equal("json_schema", body["response_format"]!["type"]!.GetValue<string>());
        Assert.Equal("postmortem_suggestions", body["response_format"]!["json_schema"]!["name"]!.GetValue<string>());
        var content = body["messages"]![1]!["content"]!;
        var user = content is JsonArray parts ? string.Concat(parts.Select(p => p!["text"]!.GetValue<string>())) : content.GetValue<string>();
        Assert.Contains("[T2] 2025-02-09 10:09 UTC · acknowledged · responder 1 · Page acknowledged", user, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("ana", user, StringComparison.Ordinal);

        Assert.Equal((1, DraftingStatus.Ready, 400L), (drafted.Round, drafted.Status, drafted.Tokens));
        Assert.Equal([SuggestionKind.Summary, SuggestionKind.RootCause, SuggestionKind.ContributingFactor], drafted.Suggestions.Select(s => s.Kind));
        Assert.Contains(drafted.Notes, n => n.Contains("T9", StringComparison.Ordinal));
        var stored = await _scenario.Store.ListAsync(_scenario.Id, SuggestionDrafter.Source);
        Assert.Equal(["round-1-answer.json", "round-1-prompt.txt"], stored.Select(a => a.Key.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Draft_SendsAShortRedactedExcerptOfEachEvidenceFileTheRowsWereDraftedFrom_AndASentenceMayCiteIt()
    {
        async Task<string> StoreAsync(string source, string name, string content)
        {
            var key = new ArtifactKey(_scenario.Id, source, name);
            await using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content));
            await _scenario.Store.WriteRedactedAsync(key, stream);
            return key.Path;
        }
        var metric = await StoreAsync("prometheus", "api-5xx.json", """
            {"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"http_errors","service":"api"},
             "values":[[1739095200,"0.5"],[1739095260,"42"],[1739095320,"3"]]}]}}
            """);
        var log = await StoreAsync("loganalytics", "exceptions.json",
            "{\"tables\":[{\"rows\":[[\"2025-02-09T10:30:00Z\",\"pool exhausted; Authorization: Bearer abc.def.ghi\"]]}]}");
        var state = State();
        state = state with
        {
            PostMortem = state.PostMortem with
            {
                Timeline =
                [
                    state.PostMortem.Timeline[0] with { EvidenceRef = metric },
                    state.PostMortem.Timeline[1] with { EvidenceRef = $"postmortems/{_scenario.Id}/evidence/pagerduty/gone.json" },
                    state.PostMortem.Timeline[2] with { EvidenceRef = log },
                ],
            },
        };
        const string answer = """
            {"summary":[{"text":"The API's error rate peaked at 42 a second.","cites":["E1"]}],"impact":[],"rootCause":[],"factors":[],"questions":[],
             "lessons":[{"text":"The pool's exhaustion was logged before anyone looked.","cites":["E3"]},{"text":"The page named no service.","cites":["E2"]}]}
            """;
        await using var server = await FakeServer.StartAsync((context, _) => ChatCompletion.WriteAsync(context, answer));

        var drafted = await Drafter(new Uri(server.BaseUrl, "v1/")).DraftAsync(state, 1);

        var content = JsonNode.Parse(Assert.Single(server.Requests).Body)!["messages"]![1]!["content"]!;
        var user = content is JsonArray parts ? string.Concat(parts.Select(p => p!["text"]!.GetValue<string>())) : content.GetValue<string>();
        Assert.Contains("[E1] prometheus/api-5xx.json: http_errors{service=\"api\"}: 3 samples 2025-02-09 10:00 UTC to 2025-02-09 10:02 UTC, from 0.5 to 3, peak 42 at 2025-02-09 10:01 UTC",
            user, StringComparison.Ordinal);
        Assert.Contains("[E3] loganalytics/exceptions.json: ", user, StringComparison.Ordinal);
        Assert.DoesNotContain("[E2]", user, StringComparison.Ordinal);
        Assert.DoesNotContain("abc.def.ghi", user, StringComparison.Ordinal);
        // E2's file is gone, so nothing was sent of it and a sentence citing it is not grounded
        Assert.Equal(["The API's error rate peaked at 42 a second.", "The pool's exhaustion was logged before anyone looked."], drafted.Suggestions.Select(s => s.Text));
        Assert.Contains(drafted.Notes, n => n.Contains("E2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_AzureOpenAI_CallsTheDeploymentsPathWithTheKeyHeader()
    {
        await using var server = await FakeServer.StartAsync((context, _) => ChatCompletion.WriteAsync(context, GroundedAnswer));

        var drafted = await Drafter(server.BaseUrl, "AzureOpenAI").DraftAsync(State(), 2);

        var request = Assert.Single(server.Requests);
        Assert.StartsWith("/openai/deployments/pmf-model/chat/completions?api-version=", request.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(Key, request.Header("api-key"));
        Assert.Equal(DraftingStatus.Ready, drafted.Status);
    }

    [Fact]
    public async Task Draft_Restricted_SendsNothing()
    {
        await using var server = await FakeServer.StartAsync((context, _) => ChatCompletion.WriteAsync(context, GroundedAnswer));

        var drafted = await Drafter(new Uri(server.BaseUrl, "v1/")).DraftAsync(State(new Restriction { People = ["legal@example.com"] }), 1);

        Assert.Empty(server.Requests);
        Assert.Equal(DraftingStatus.Unavailable, drafted.Status);
        Assert.Contains("restricted", drafted.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all", "stop", "did not follow the schema")]
    [InlineData("{}", "content_filter", "declined")]
    [InlineData("""{"summary":[{"text":"It broke.","cites":["T42"]}],"impact":[],"rootCause":[],"factors":[],"questions":[],"lessons":[]}""", "stop", "Nothing the model suggested was grounded")]
    public async Task Draft_MalformedRefusedOrUngroundedAnswer_SaysWhyAndSuggestsNothing(string content, string finish, string reason)
    {
        await using var server = await FakeServer.StartAsync((context, _) => ChatCompletion.WriteAsync(context, content, finish));

        var drafted = await Drafter(new Uri(server.BaseUrl, "v1/")).DraftAsync(State(), 1);

        Assert.Empty(drafted.Suggestions);
        Assert.Contains(reason, drafted.Reason, StringComparison.Ordinal);
        Assert.Equal(400, drafted.Tokens);
    }

    [Fact]
    public async Task Draft_SlowModel_TimesOutIntoUnavailable()
    {
        await using var server = await FakeServer.StartAsync(async (context, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
            await ChatCompletion.WriteAsync(context, GroundedAnswer);
        });

        var drafted = await Drafter(new Uri(server.BaseUrl, "v1/"), timeout: "00:00:01").DraftAsync(State(), 1);

        Assert.Equal(DraftingStatus.Unavailable, drafted.Status);
        Assert.Equal("The model did not answer within 1 s.", drafted.Reason);
    }

    [Fact]
    public async Task Draft_429ThenAnswer_IsRetriedByTheSharedPipeline()
    {
        await using var server = await FakeServer.StartAsync((context, count) =>
        {
            if (count == 1)
            {
                context.Response.StatusCode = 429;
                return Task.CompletedTask;
            }
            return ChatCompletion.WriteAsync(context, GroundedAnswer);
        });

        var drafted = await Drafter(new Uri(server.BaseUrl, "v1/"), attempts: 3).DraftAsync(State(), 1);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(DraftingStatus.Ready, drafted.Status);
    }

    public void Dispose()
    {
        _providers.ForEach(p => p.Dispose());
        _scenario.Dispose();
    }
}
