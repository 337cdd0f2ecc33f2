using System.Collections.Concurrent;
using System.Diagnostics;

namespace PostMortemFlow.Benchmarks;

/// <summary>Times calls with <see cref="Stopwatch"/> timestamps and keeps every sample per kind of call.</summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<long>> _samples = new(StringComparer.Ordinal);

    public async Task<T> TimeAsync<T>(string kind, Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await call();
        _samples.GetOrAdd(kind, _ => []).Add(Stopwatch.GetTimestamp() - started);
        return result;
    }

    public LatencyStats All() => LatencyStats.From(_samples.Values.SelectMany(s => s).ToList());

    public IReadOnlyDictionary<string, LatencyStats> ByKind() =>
        _samples.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => LatencyStats.From(p.Value), StringComparer.Ordinal);
}
