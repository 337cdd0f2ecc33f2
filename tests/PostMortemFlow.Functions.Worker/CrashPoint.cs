using System.Diagnostics;
using System.Globalization;

namespace PostMortemFlow.Functions.Worker;

/// <summary>
/// A test's chosen moment for this worker to die. <c>PMF_WORKER_CRASH_AFTER=Activity[:detail][#n]</c> kills the process
/// with SIGKILL right after the n-th run of that activity (whose detail, e.g. the effect's id, contains the text) did its
/// work, before the engine hears that it finished: the worst moment for exactly-once.
/// </summary>
public sealed class CrashPoint
{
    private readonly string? _activity;
    private readonly string _detail = "";
    private readonly int _occurrence = 1;
    private int _seen;

    private CrashPoint(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec))
        {
            return;
        }
        var hash = spec.LastIndexOf('#');
        if (hash >= 0)
        {
            _occurrence = int.Parse(spec[(hash + 1)..], CultureInfo.InvariantCulture);
            spec = spec[..hash];
        }
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        (_activity, _detail) = colon < 0 ? (spec, "") : (spec[..colon], spec[(colon + 1)..]);
    }

    public static CrashPoint None { get; } = new(null);

    public static CrashPoint FromEnvironment() => new(Environment.GetEnvironmentVariable("PMF_WORKER_CRASH_AFTER"));

    public void After(string activity, string detail)
    {
        if (_activity != activity || !detail.Contains(_detail, StringComparison.Ordinal) || Interlocked.Increment(ref _seen) != _occurrence)
        {
            return;
        }
        Console.WriteLine($"crash point: killed after {activity} {detail}");
        Console.Out.Flush();
        Process.GetCurrentProcess().Kill();
    }
}
