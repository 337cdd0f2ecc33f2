using System.Collections.Concurrent;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Integrations.Telemetry;

/// <summary>
/// The effects whose last attempt on this instance failed. An effect leaves when an attempt succeeds, or when no
/// attempt came for <paramref name="horizon"/> (its post-mortem was cancelled, or runs on another instance now).
/// </summary>
internal sealed class FailingEffects(TimeProvider clock, TimeSpan horizon)
{
    private readonly ConcurrentDictionary<string, (EffectKind Kind, DateTimeOffset At)> _failing = new(StringComparer.Ordinal);

    public void Failed(string key, EffectKind kind) => _failing[key] = (kind, clock.GetUtcNow());

    public void Succeeded(string key) => _failing.TryRemove(key, out _);

    public IReadOnlyDictionary<EffectKind, int> ByKind()
    {
        var since = clock.GetUtcNow() - horizon;
        foreach (var (key, failure) in _failing)
        {
            if (failure.At < since)
            {
                _failing.TryRemove(KeyValuePair.Create(key, failure));
            }
        }
        var counts = Enum.GetValues<EffectKind>().ToDictionary(k => k, _ => 0);
        foreach (var failure in _failing.Values)
        {
            counts[failure.Kind]++;
        }
        return counts;
    }
}
