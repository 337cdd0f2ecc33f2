using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.AzureMonitor;
using PostMortemFlow.Integrations.Tests.Infrastructure;

namespace PostMortemFlow.Integrations.Tests.AzureMonitor;

/// <summary>Against a local server answering in the Log Analytics query API's documented shapes.</summary>
public sealed class LogAnalyticsCollectorTests : IDisposable
{
    private const string Workspace = "00000000-1111-2222-3333-444444444444";
    private readonly EvidenceScenario _scenario = new(LogAnalyticsCollector.SourceName);
    private readonly FakeCredential _credential = new("la-token");

    private const string Tables = """
        "tables":[{"name":"PrimaryResult","columns":[{"name":"TimeGenerated","type":"datetime"},{"name":"Message","type":"string"},{"name":"SeverityLevel","type":"int"}],
        "rows":[["2025-02-09T10:03:00Z","deploy of api v42 finished",1],["2025-02-09T10:05:40Z","Exception: pool exhausted, Bearer abc.def.ghi",3],["2025-02-09T10:20:00Z","Exception: pool exhausted",3]]}]
        """;

    private LogAnalyticsCollector Collector(FakeServer server) => _scenario.Collector<LogAnalyticsCollector, LogAnalyticsCollectorOptions>(
        new LogAnalyticsCollectorOptions
        {
            Endpoint = server.BaseUrl,
            WorkspaceId = Workspace,
            RetryDelay = TimeSpan.FromMilliseconds(50),
            Services = new() { ["*"] = [new() { Name = "exceptions", Kql = "AppExceptions | where TimeGenerated between (datetime({start}) .. datetime({end})) | where AppRoleName == '{service}'" }] },
        }, _credential);

    private static Task Json(HttpContext context, string json, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    [Fact]
    public async Task Collect_Rows_SendsTemplatedKqlWithTokenAndTimespan_AndDraftsTheFirstError()
    {
        await using var server = await FakeServer.StartAsync((context, _) => Json(context, "{" + Tables + "}"));

        var finished = await Collector(server).CollectAsync(_scenario.State);

        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", $"/v1/workspaces/{Workspace}/query", "Bearer la-token"), (request.Method, request.PathAndQuery, request.Header("Authorization")));
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("AppExceptions | where TimeGenerated between (datetime(2025-02-09T09:38:00Z) .. datetime(2025-02-09T11:10:00Z)) | where AppRoleName == 'api'", body.RootElement.GetProperty("query").GetString());
        Assert.Equal("2025-02-09T09:38:00Z/2025-02-09T11:10:00Z", body.RootElement.GetProperty("timespan").GetString());
        Assert.Equal(["https://api.loganalytics.io/.default"], _credential.Scopes);
        var first = Assert.Single(finished.Entries, e => e.Kind == TimelineEntryKind.FirstSymptom);
        Assert.Equal(new DateTimeOffset(2025, 2, 9, 10, 5, 40, TimeSpan.Zero), first.Time);
        Assert.DoesNotContain("abc.def.ghi", first.Event);
        Assert.Contains(finished.Entries, e => e.Event.Contains("deploy of api v42"));
        Assert.Empty(finished.Gaps);
        var manifest = await _scenario.Store.ReadManifestAsync(_scenario.Id, LogAnalyticsCollector.SourceName);
        Assert.Equal((3, 1), (Assert.Single(manifest!.Artifacts).Items, manifest.Redactions));
    }

    [Fact]
    public async Task Collect_PartialError_KeepsTheRowsAndRecordsAGap()
    {
        await using var server = await FakeServer.StartAsync((context, _) => Json(context, "{" + Tables +
            ""","error":{"code":"PartialError","message":"There were some errors when processing your query.","details":[{"code":"EngineError","message":"Query exceeded the memory limit"}]}}"""));

        var finished = await Collector(server).CollectAsync(_scenario.State);

        Assert.Contains(finished.Entries, e => e.Kind == TimelineEntryKind.FirstSymptom);
        var gap = Assert.Single(finished.Gaps);
        Assert.Contains("PartialError", gap.Reason);
        Assert.Contains("Query exceeded the memory limit", gap.Reason);
    }

    [Fact]
    public async Task Collect_Throttled_WaitsForRetryAfterThenSucceeds()
    {
        await using var server = await FakeServer.StartAsync((context, n) =>
        {
            if (n == 1)
            {
                context.Response.Headers.RetryAfter = "1";
                return Json(context, """{"error":{"code":"TooManyRequests","message":"throttled"}}""", 429);
            }
            return Json(context, "{" + Tables + "}");
        });

        var finished = await Collector(server).CollectAsync(_scenario.State);

        var requests = server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(0.9), $"retried after {(requests[1].At - requests[0].At).TotalMilliseconds} ms");
        Assert.Empty(finished.Gaps);
    }

    [Fact]
    public async Task Collect_FatalError_BecomesAGapWithTheServiceMessage()
    {
        await using var server = await FakeServer.StartAsync((context, _) =>
            Json(context, """{"error":{"code":"BadArgumentError","message":"The request had some invalid properties","innererror":{"code":"SyntaxError"}}}""", 400));

        var finished = await Collector(server).CollectAsync(_scenario.State);

        var gap = Assert.Single(finished.Gaps);
        Assert.Equal((EvidenceScenario.Start.AddMinutes(-30), EvidenceScenario.End.AddMinutes(30)), (gap.From, gap.To));
        Assert.Contains("400 BadArgumentError", gap.Reason);
        Assert.Single(server.Requests);
    }

    private const string FailedKql =
        "AppRequests | where TimeGenerated between (datetime({start}) .. datetime({end})) | where AppRoleName == '{service}' and Success == false | summarize count() by bin(TimeGenerated, {bin})";

    private const string TotalKql =
        "AppRequests | where TimeGenerated between (datetime({start}) .. datetime({end})) | where AppRoleName == '{service}' | summarize count() by bin(TimeGenerated, {bin})";

    private const string UsersKql = "AppRequests | where AppRoleName == '{service}' and Success == false | summarize dcount(UserId)";

    /// <summary>
    /// Counts per one-minute bin as <c>summarize count() by bin(…)</c> answers: from 10:04 (outside the span, which starts at
    /// the first error, 10:05:40) to 10:39, where the incident ended; the failures' bins skip the quiet minutes as KQL does.
    /// </summary>
    private static string Counts(Func<int, int> count, bool skipZero)
    {
        var rows = Enumerable.Range(4, 36).Where(m => !skipZero || count(m) > 0).Select(m => $"""["2025-02-09T10:{m:00}:00Z",{count(m)}]""");
        return $$"""{"tables":[{"name":"PrimaryResult","columns":[{"name":"TimeGenerated","type":"datetime"},{"name":"count_","type":"long"}],"rows":[{{string.Join(",", rows)}}]}]}""";
    }

    private async Task<(FakeServer Server, Domain.Workflow.Commands.CollectorFinished Finished)> CollectWithImpactAsync(string? failedAnswer = null)
    {
        FakeServer? server = null;
        server = await FakeServer.StartAsync((context, n) =>
        {
            var kql = JsonDocument.Parse(server!.Requests.ElementAt(n - 1).Body).RootElement.GetProperty("query").GetString()!;
            return Json(context,
                kql.Contains("dcount", StringComparison.Ordinal) ? """{"tables":[{"name":"PrimaryResult","columns":[{"name":"dcount_UserId","type":"long"}],"rows":[[137]]}]}"""
                : kql.Contains("Success == false", StringComparison.Ordinal) ? failedAnswer ?? Counts(m => m is >= 10 and < 20 ? 0 : m == 4 ? 50 : 20, skipZero: true)
                : kql.StartsWith("AppRequests", StringComparison.Ordinal) ? Counts(_ => 400, skipZero: false)
                : "{" + Tables + "}");
        });
        var collector = _scenario.Collector<LogAnalyticsCollector, LogAnalyticsCollectorOptions>(new LogAnalyticsCollectorOptions
        {
            Endpoint = server.BaseUrl,
            WorkspaceId = Workspace,
            Services = new() { ["*"] = [new() { Name = "exceptions", Kql = "AppExceptions | where AppRoleName == '{service}'" }] },
            Impact = new() { ["api"] = new() { FailedRequests = FailedKql, TotalRequests = TotalKql, AffectedUsers = UsersKql, SloTarget = 0.99 } },
        }, _credential);
        return (server, await collector.CollectAsync(_scenario.State));
    }

    [Fact]
    public async Task Collect_ImpactQueries_CountTheFailedRequestsOfTheBinsBetweenFirstErrorAndTheEnd_WithTheDistinctUsers()
    {
        var (server, finished) = await CollectWithImpactAsync();
        await using var _ = server;

        var sent = server.Requests.Skip(1).Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal(3, sent.Count);
        Assert.All(sent, body => Assert.Equal("2025-02-09T10:05:40Z/2025-02-09T10:40:00Z", body.GetProperty("timespan").GetString()));
        Assert.Contains(sent, body => body.GetProperty("query").GetString() ==
            "AppRequests | where TimeGenerated between (datetime(2025-02-09T10:05:40Z) .. datetime(2025-02-09T10:40:00Z)) | where AppRoleName == 'api' and Success == false | summarize count() by bin(TimeGenerated, 60s)");
        var impact = Assert.Single(finished.Impacts!);
        Assert.Null(impact.NotComputed);
        // bins 10:05 … 10:39 (each counted at its end, inside 10:05:40 → 10:40), the ten quiet ones absent: 25 × 20 of 35 × 400
        Assert.Equal((500L, 14_000L, 137L), (impact.FailedRequests, impact.TotalRequests, impact.AffectedUsers));
        Assert.Equal(25, impact.MinutesBelowSlo);
        Assert.Equal(0.05, impact.PeakErrorRatio!.Value, 12);
        var users = impact.Figures.Single(f => f.Name == "Affected users");
        Assert.Equal((UsersKql.Replace("{service}", "api", StringComparison.Ordinal), $"postmortems/{_scenario.Id}/evidence/loganalytics/api-impact-users.json"),
            (users.Query, users.EvidenceRef));
    }

    [Fact]
    public async Task Collect_ImpactQueryAnsweredInPart_SaysItCouldNotCompute_BecauseACountItMissesIsWrong()
    {
        var (server, finished) = await CollectWithImpactAsync(
            """{"tables":[],"error":{"code":"PartialError","message":"There were some errors when processing your query."}}""");
        await using var _ = server;

        var impact = Assert.Single(finished.Impacts!);
        Assert.Equal("could not compute (the answer is partial (PartialError), so its counts are incomplete)", impact.NotComputed);
    }

    public void Dispose() => _scenario.Dispose();
}
