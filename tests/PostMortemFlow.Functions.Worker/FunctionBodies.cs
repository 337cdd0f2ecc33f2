using Microsoft.DurableTask;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Functions.Workflow;

namespace PostMortemFlow.Functions.Worker;

/// <summary>
/// The Functions app's orchestrator and activity functions, unchanged, as Durable Task orchestrators and activities, so
/// an engine other than the Functions host (the in-memory test host, a Durable Task Framework worker) can run them.
/// </summary>
public sealed class FunctionBodies(WorkflowActivities activities)
{
    public IReadOnlyList<(string Name, Func<ITaskOrchestrator> Create)> Orchestrators { get; } =
    [
        (WorkflowNames.Orchestration, () => FuncTaskOrchestrator.Create<WorkflowCarry, PostMortemState>((context, _) => PostMortemOrchestration.RunAsync(context))),
    ];

    public IReadOnlyList<(string Name, Func<ITaskActivity> Create)> Activities =>
    [
        (WorkflowNames.LoadSettings, () => FuncTaskActivity.Create<object?, WorkflowSettings>((_, input) => Task.FromResult(activities.LoadSettings(input)))),
        (WorkflowNames.RunEffect, () => FuncTaskActivity.Create<EffectRequest, PostMortemCommand?>((_, request) => activities.RunEffectAsync(request))),
        (WorkflowNames.ReadInbox, () => FuncTaskActivity.Create<string, IReadOnlyList<CommandEnvelope>>((_, id) => activities.ReadInboxAsync(id))),
        (WorkflowNames.PublishView, () => FuncTaskActivity.Create<ViewUpdate, bool>(async (_, update) =>
        {
            await activities.PublishViewAsync(update);
            return true;
        })),
    ];

    /// <summary>Registers every function on a Durable Task registry (the in-memory engine).</summary>
    public void Register(DurableTaskRegistry registry)
    {
        foreach (var (name, create) in Orchestrators)
        {
            registry.AddOrchestrator(name, create);
        }
        foreach (var (name, create) in Activities)
        {
            registry.AddActivity(name, _ => create());
        }
    }
}
