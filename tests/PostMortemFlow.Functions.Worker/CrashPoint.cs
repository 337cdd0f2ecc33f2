using System.Diagnostics;
using System.Globalization;

namespace PostMortemFlow.Functions.Worker;

/// <summary>
/// A test's chosen moment for a process to die. <c>PMF_WORKER_CRASH_AFTER=Activity[:detail][#n]</c> kills this worker
/// with SIGKILL right after the n-th run of that activity (whose detail, e.g. the effect's id, contains the text) did its
/// work, before the engine hears that it finished: the worst moment for exactly-once. The server's crash host reads its
/// own variable the same way, for the spans that end (linked there).
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

    public bool IsSet => _activity is not null;

    public static CrashPoint FromEnvironment(string variable = "PMF_WORKER_CRASH_AFTER") => new(Environment.GetEnvironmentVariable(variable));

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
