using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PostMortemFlow.Api.Hosting;
using PostMortemFlow.Api.Telemetry;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Functions.Hosting;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Functions.Workflow;
using PostMortemFlow.Integrations.Telemetry;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Functions.Tests.Contract;

/// <summary>The Functions app's telemetry as its <c>Program.cs</c> composes it: the gauges read its list, commands get their span.</summary>
public sealed class FunctionsTelemetryTests
{
    [Fact]
    public async Task ComposedAsTheApp_TheGaugesCountThePostMortemsItsViewsList()
    {
        var data = Directory.CreateTempSubdirectory("pmf-functions-telemetry-").FullName;
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(FunctionsApp.Settings(data, new Dictionary<string, string?>()));
        builder.Services.AddPostMortemFlowFunctions();
        builder.AddPostMortemTelemetry();
        using var host = builder.Build();
        await host.StartAsync();
        var views = host.Services.GetRequiredService<WorkflowViews>();
        await views.PublishAsync(new ViewUpdate("pm-1", (TestStates.InPhase(Phase.TimelineReview) with { Id = "pm-1" })));
        await views.PublishAsync(new ViewUpdate("pm-2", (TestStates.InPhase(Phase.TimelineReview) with { Id = "pm-2" })));

        var gauges = host.Services.GetRequiredService<PostMortemGauges>();
        await gauges.RefreshAsync();

        Assert.Equal(2, gauges.Current().ByPhase[Phase.TimelineReview]);
        await host.StopAsync();
    }

    [Fact]
    public async Task PublishingADecision_RecordsTheCommandsSpanWithItsOutcome_Once()
    {
        var spans = new System.Collections.Concurrent.ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == PostMortemTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var app = await FunctionsApp.StartAsync(new Dictionary<string, string?>());
        var activities = app.Services.GetRequiredService<WorkflowActivities>();
        var state = (TestStates.InPhase(Phase.TimelineReview) with { Id = "pm-span" });
        var envelope = new CommandEnvelope("c-1", new ApproveAnalysis("rui@example.com"), "inbox/pm-span/c-1.json");

        await activities.PublishViewAsync(new ViewUpdate("pm-span", state, envelope, new Rejection { Kind = RejectionKind.WrongPhase, Message = "not yet" }));
        await activities.PublishViewAsync(new ViewUpdate("pm-span", state));

        var span = Assert.Single(spans, s => s.GetTagItem(PostMortemTelemetry.PostMortemId) as string == "pm-span");
        Assert.Equal("command ApproveAnalysis", span.DisplayName);
        Assert.Equal("rejected", span.GetTagItem(PostMortemTelemetry.Outcome));
        Assert.Equal("WrongPhase", span.GetTagItem(PostMortemTelemetry.Rejection));
        Assert.Equal("TimelineReview", span.GetTagItem(PostMortemTelemetry.Phase));
    }
}
