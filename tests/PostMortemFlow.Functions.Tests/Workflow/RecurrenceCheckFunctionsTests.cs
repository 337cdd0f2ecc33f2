using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Functions.Workflow;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Functions.Tests.Workflow;

/// <summary>The recurrence check in the Functions app: the HTTP function answers 202, the orchestration runs the check as its generic effect activity.</summary>
public sealed class RecurrenceCheckFunctionsTests
{
    [Fact]
    public async Task RecurrenceCheck_AfterPublishing_Answers202_AndTheResultLandsInTheState()
    {
        await using var app = await FunctionsApp.StartAsync(new Dictionary<string, string?>());
        var workflow = app.Services.GetRequiredService<DurableEngine>().Workflow(app.Client);
        var draft = TestStates.Draft(DateTimeOffset.UtcNow.AddDays(1));
        draft = draft with { Timeline = [.. draft.Timeline.Select(e => e.Event == "HighErrorRate alert fires" ? e with { Event = "Alert HighErrorRate fired" } : e)] };
        const string id = "pm-recurrence";
        Assert.Null((await workflow.ExecuteAsync(id, new DeclarePostMortem(id, draft, []))).Rejection);
        await app.UntilAsync(id, s => s.Phase == Phase.TimelineReview);
        var early = await app.Call.InvokeAsync("POST", $"/api/postmortems/{id}/recurrence-check", r => app.PostMortems.CheckRecurrenceAsync(r, app.Client, id));
        Assert.Equal(409, early.Status);
        Assert.Null((await workflow.ExecuteAsync(id, new ApproveTimeline("rui@example.com"))).Rejection);
        Assert.Null((await workflow.ExecuteAsync(id, new ApproveAnalysis("rui@example.com"))).Rejection);
        Assert.Null((await workflow.ExecuteAsync(id, new ApproveReport("rui@example.com"))).Rejection);
        await app.UntilAsync(id, s => s.Phase == Phase.Tracking);

        var accepted = await app.Call.InvokeAsync("POST", $"/api/postmortems/{id}/recurrence-check", r => app.PostMortems.CheckRecurrenceAsync(r, app.Client, id));

        Assert.Equal(202, accepted.Status);
        var state = await app.UntilAsync(id, s => s.Recurrence is not null);
        var alert = Assert.Single(state.Recurrence!.Alerts);
        Assert.Equal(("HighErrorRate", "no Prometheus is configured (Evidence:Prometheus:BaseUrl is not set)"), (alert.Name, alert.CouldNotCheck));
        var view = await app.Call.InvokeAsync("GET", $"/api/postmortems/{id}", r => app.PostMortems.GetAsync(r, app.Client, id));
        Assert.Equal("HighErrorRate", view.Json.GetProperty("signature").GetProperty("alerts")[0].GetProperty("name").GetString());
        Assert.StartsWith("No recurrence in ", view.Json.GetProperty("recurrenceSummary").GetString());
    }
}
