using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using PostMortemFlow.Api.Incidents;
using PostMortemFlow.Api.Webhooks;
using PostMortemFlow.Functions.Intake;
using PostMortemFlow.Functions.Workflow;

namespace PostMortemFlow.Functions.Http;

/// <summary>The three webhooks and the incident list, on the server's routes, by the same handlers and authentication.</summary>
public sealed class IntakeFunctions(DurableEngine engine, DocumentIncidentCatalog catalog, DocumentPostMortemCatalog postMortems)
{
    [Function("AzureMonitorWebhook")]
    public Task<IActionResult> AzureMonitorAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/webhooks/azure-monitor")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        ResultAction.From(WebhookEndpoints.ReceiveAsync(request.HttpContext, engine.Intake(client), WebhookSource.AzureMonitor));

    [Function("AlertmanagerWebhook")]
    public Task<IActionResult> AlertmanagerAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/webhooks/alertmanager")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        ResultAction.From(WebhookEndpoints.ReceiveAsync(request.HttpContext, engine.Intake(client), WebhookSource.Alertmanager));

    [Function("PagerDutyWebhook")]
    public Task<IActionResult> PagerDutyAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/webhooks/pagerduty")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        ResultAction.From(WebhookEndpoints.ReceiveAsync(request.HttpContext, engine.Intake(client), WebhookSource.PagerDuty));

    [Function("ListIncidents")]
    public Task<IActionResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/incidents")] HttpRequest request) =>
        ResultAction.From(IncidentEndpoints.ListAsync(request.HttpContext, catalog, postMortems));

    [Function("GetIncident")]
    public Task<IActionResult> GetAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/incidents/{key}")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string key) =>
        ResultAction.From(IncidentEndpoints.GetAsync(key, request.HttpContext, engine.Intake(client), postMortems));

    [Function("PromoteIncident")]
    public Task<IActionResult> PromoteAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/incidents/{key}/promote")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string key) =>
        ResultAction.From(IncidentEndpoints.PromoteAsync(key, request.HttpContext, engine.Intake(client)));
}
