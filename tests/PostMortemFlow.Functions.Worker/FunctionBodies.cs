using Microsoft.DurableTask;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Functions.Workflow;

namespace PostMortemFlow.Functions.Worker;

/// <summary>
/// The Functions app's orchestrator and activity functions, unchanged, as Durable Task orchestrators and activities, so
/// an engine other than the Functions host (the in-memory test host, a Durable Task Framework worker) can run them.
/// </summary>
public sealed class FunctionBodies(WorkflowActivities activities, CrashPoint? crash = null)
{
    private readonly CrashPoint _crash = crash ?? CrashPoint.None;

    public IReadOnlyList<(string Name, Func<ITaskOrchestrator> Create)> Orchestrators { get; } =
    [
        (WorkflowNames.Orchestration, () => FuncTaskOrchestrator.Create<WorkflowCarry, PostMortemState>((context, _) => PostMortemOrchestration.RunAsync(context))),
    ];

    public IReadOnlyList<(string Name, Func<ITaskActivity> Create)> Activities =>
    [
        (WorkflowNames.LoadSettings, () => FuncTaskActivity.Create<object?, WorkflowSettings>((_, input) =>
        {
            var settings = activities.LoadSettings(input);
            _crash.After(WorkflowNames.LoadSettings, "");
            return Task.FromResult(settings);
        })),
        (WorkflowNames.RunEffect, () => FuncTaskActivity.Create<EffectRequest, PostMortemCommand?>(async (_, request) =>
        {
            var learned = await activities.RunEffectAsync(request);
            _crash.After(WorkflowNames.RunEffect, request.Entry.Id);
            return learned;
        })),
        (WorkflowNames.ReadInbox, () => FuncTaskActivity.Create<string, IReadOnlyList<CommandEnvelope>>(async (_, id) =>
        {
            var waiting = await activities.ReadInboxAsync(id);
            _crash.After(WorkflowNames.ReadInbox, id);
            return waiting;
        })),
        (WorkflowNames.PublishView, () => FuncTaskActivity.Create<ViewUpdate, bool>(async (_, update) =>
        {
            await activities.PublishViewAsync(update);
            _crash.After(WorkflowNames.PublishView, update.State.Phase.ToString());
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
