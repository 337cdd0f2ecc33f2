using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PostMortemFlow.Api.Insights;
using PostMortemFlow.Functions.Workflow;

namespace PostMortemFlow.Functions.Http;

/// <summary>The insights across post-mortems on the server's routes, by the same handlers, from the rows the orchestrations publish.</summary>
public sealed class InsightsFunctions(DocumentPostMortemCatalog catalog, TimeProvider clock)
{
    [Function("Insights")]
    public Task<IActionResult> GetAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/insights")] HttpRequest request) =>
        ResultAction.From(InsightsEndpoints.GetAsync(request.HttpContext, catalog, clock));

    [Function("FactorMatches")]
    public Task<IActionResult> FactorMatchesAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/insights/factor-matches")] HttpRequest request) =>
        ResultAction.From(InsightsEndpoints.FactorMatchesAsync(request.HttpContext, catalog));
}
