using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using PostMortemFlow.Api.Http;
using PostMortemFlow.Application.People;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Domain.Intake;
using PostMortemFlow.Functions.Intake;
using PostMortemFlow.Integrations.Settings;

namespace PostMortemFlow.Functions.Workflow;

/// <summary>The workflow and the intake over the task hub client a function invocation is given.</summary>
public sealed class DurableEngine(WorkflowViews views, WorkflowInbox inbox, IncidentRecords records, IOptions<IntakePolicy> policy, IOptions<EvidenceOptions> evidence, TimeProvider clock)
{
    public DurableWorkflow Workflow(DurableTaskClient client) => new(client, views, inbox);

    /// <summary>The workflow as the request's user may use it: restricted post-mortems hidden from who is not one of their people.</summary>
    public IPostMortemWorkflow Workflow(DurableTaskClient client, HttpRequest request) =>
        new VisibleWorkflow(Workflow(client), () => Viewers.Of(request.HttpContext.User));

    public DurableIncidentIntake Intake(DurableTaskClient client) => new(records, Workflow(client), policy, evidence, clock);
}
