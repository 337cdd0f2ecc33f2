using System.Collections.Concurrent;
using Orleans.Storage;

namespace PostMortemFlow.Server.Tests.Features.PostMortems;

/// <summary>
/// In-memory grain storage that, when armed, stores a write and then throws: what the grain sees when the process
/// dies right after its state landed, or when a store times out after applying the write.
/// </summary>
public sealed class InterruptingGrainStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<(string, GrainId), (object State, string ETag)> _rows = new();
    private int _interruptNextWrite;

    public void InterruptNextWrite() => Volatile.Write(ref _interruptNextWrite, 1);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_rows.TryGetValue((stateName, grainId), out var row))
        {
            (grainState.State, grainState.ETag, grainState.RecordExists) = ((T)row.State, row.ETag, true);
        }
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var etag = Guid.NewGuid().ToString("N");
        _rows[(stateName, grainId)] = (grainState.State!, etag);
        if (Interlocked.Exchange(ref _interruptNextWrite, 0) == 1)
        {
            throw new TimeoutException("Simulated: the write was stored, then the caller lost it.");
        }
        (grainState.ETag, grainState.RecordExists) = (etag, true);
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        _rows.TryRemove((stateName, grainId), out _);
        (grainState.ETag, grainState.RecordExists) = (null, false);
        return Task.CompletedTask;
    }
}
