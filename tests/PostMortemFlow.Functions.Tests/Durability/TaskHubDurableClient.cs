using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;

namespace PostMortemFlow.Functions.Tests.Durability;

/// <summary>
/// The Durable client the app's HTTP functions take, over a Durable Task Framework client of the worker's task hub:
/// what the Functions host hands them in Azure, for the calls the app makes (read an instance, start one, raise an event).
/// Inputs and events are written as the app's client writes them (System.Text.Json), so the worker reads them alike.
/// </summary>
internal sealed class TaskHubDurableClient(IOrchestrationServiceClient service) : DurableTaskClient("task-hub")
{
    private static readonly DataConverter Json = JsonDataConverter.Default;
    private readonly TaskHubClient _hub = new(service, new PreSerialized());

    public override async Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        var state = await _hub.GetOrchestrationStateAsync(instanceId);
        return state is null ? null : new OrchestrationMetadata(state.Name, instanceId)
        {
            RuntimeStatus = (OrchestrationRuntimeStatus)state.OrchestrationStatus,
            CreatedAt = state.CreatedTime,
            LastUpdatedAt = state.LastUpdatedTime,
            SerializedInput = getInputsAndOutputs ? state.Input : null,
            SerializedOutput = getInputsAndOutputs ? state.Output : null,
            DataConverter = Json,
        };
    }

    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        var instance = await _hub.CreateOrchestrationInstanceAsync(orchestratorName.Name, "", options?.InstanceId ?? Guid.NewGuid().ToString("N"), Json.Serialize(input));
        return instance.InstanceId;
    }

    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default) =>
        _hub.RaiseEventAsync(new OrchestrationInstance { InstanceId = instanceId }, eventName, Json.Serialize(eventPayload) ?? "null");

    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        while (true)
        {
            if (await GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation) is { IsCompleted: true } done)
            {
                return done;
            }
            await Task.Delay(250, cancellation);
        }
    }

    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        throw new NotSupportedException("the app does not wait for a start");

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null) =>
        throw new NotSupportedException("the app lists post-mortems from its read views, not from the task hub");

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        throw new NotSupportedException("the app does not suspend instances");

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        throw new NotSupportedException("the app does not suspend instances");

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Hands the already serialized JSON to the task hub unchanged (the framework's own converter would quote it).</summary>
    private sealed class PreSerialized : DurableTask.Core.Serializing.DataConverter
    {
        public override string Serialize(object value) => (string)value;

        public override string Serialize(object value, bool formatted) => (string)value;

        public override object Deserialize(string data, Type objectType) => Json.Deserialize(data, objectType)!;
    }
}
