using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Functions.Workflow;

namespace PostMortemFlow.Functions.Tests.Evidence;

/// <summary>The Functions app computes the impact in its collector activity, from the real Prometheus, and shows it in the view.</summary>
public sealed class ComputedImpactFunctionsTests
{
    [PrometheusFact]
    public async Task Collect_BackfilledIncident_ComputedImpactIsInTheView()
    {
        await using var app = await FunctionsApp.StartAsync(new Dictionary<string, string?>
        {
            ["Evidence:Sources:0"] = "prometheus",
            ["Evidence:Prometheus:BaseUrl"] = PrometheusFactAttribute.Server,
            ["Evidence:Prometheus:Services:api:0:Name"] = "5xx-rate",
            ["Evidence:Prometheus:Services:api:0:Query"] = "sum(rate(http_requests_total{code=\"500\",service=\"{service}\"}[5m]))",
            ["Evidence:Prometheus:Impact:api:FailedRequests"] = "sum(irate(http_requests_total{code=\"500\",service=\"{service}\"}[1m]))",
            ["Evidence:Prometheus:Impact:db:FailedRequests"] = "sum(irate(no_such_metric_total[1m])",
        });
        var workflow = app.Services.GetRequiredService<DurableEngine>().Workflow(app.Client);
        var draft = new PostMortem
        {
            Title = "API errors after the pool saturated",
            Incident = new Incident
            {
                Id = "INC-42", Severity = Severity.Sev2, AffectedServices = ["api", "db"],
                StartedAt = new DateTimeOffset(2025, 2, 9, 10, 8, 0, TimeSpan.Zero), EndedAt = new DateTimeOffset(2025, 2, 9, 10, 40, 0, TimeSpan.Zero),
            },
            Authors = ["ana@example.com"],
            Reviewers = ["rui@example.com"],
        };
        const string id = "pm-impact";

        Assert.Null((await workflow.ExecuteAsync(id, new DeclarePostMortem(id, draft, ["prometheus"]))).Rejection);
        var state = await app.UntilAsync(id, s => s.Phase == Phase.TimelineReview);

        var api = Assert.Single(state.ComputedImpacts, i => i.Service == "api");
        Assert.InRange(api.FailedRequests!.Value, 40_000, 52_000);
        Assert.Equal(new DateTimeOffset(2025, 2, 9, 10, 5, 0, TimeSpan.Zero), api.From);
        var db = Assert.Single(state.ComputedImpacts, i => i.Service == "db");
        Assert.StartsWith("could not compute (", db.NotComputed, StringComparison.Ordinal);
        var view = await app.Call.InvokeAsync("GET", $"/api/postmortems/{id}", r => app.PostMortems.GetAsync(r, app.Client, id));
        var shown = view.Json.GetProperty("computedImpacts");
        Assert.Equal(2, shown.GetArrayLength());
        Assert.Contains(shown.EnumerateArray(), i => i.GetProperty("service").GetString() == "api"
            && i.GetProperty("failedRequests").GetInt64() == api.FailedRequests);
    }
}
