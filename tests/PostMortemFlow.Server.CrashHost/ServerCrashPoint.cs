using System.Diagnostics;
using System.Globalization;
using PostMortemFlow.Integrations.Telemetry;

namespace PostMortemFlow.Server.CrashHost;

/// <summary>
/// A test's chosen moment for the server to die. <c>PMF_SERVER_CRASH_AFTER=span[:detail][#n]</c> kills the process with
/// SIGKILL when the n-th span of that name (e.g. <c>effect SendEmail</c>, <c>command EditTimeline</c>) whose effect id
/// contains the detail ends: for an effect, after its work is done and before the grain records it; for a command,
/// after its state is stored and before anyone is answered. The spans are the server's own telemetry, so the server
/// carries no test hook.
/// </summary>
public sealed class ServerCrashPoint : IDisposable
{
    public const string Variable = "PMF_SERVER_CRASH_AFTER";

    private readonly string _span;
    private readonly string _detail = "";
    private readonly int _occurrence = 1;
    private readonly ActivityListener _listener;
    private int _seen;

    private ServerCrashPoint(string spec)
    {
        var hash = spec.LastIndexOf('#');
        if (hash >= 0)
        {
            _occurrence = int.Parse(spec[(hash + 1)..], CultureInfo.InvariantCulture);
            spec = spec[..hash];
        }
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        (_span, _detail) = colon < 0 ? (spec, "") : (spec[..colon], spec[(colon + 1)..]);
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == PostMortemTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The crash point the environment names, listening; null when it names none.</summary>
    public static ServerCrashPoint? FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } spec ? new ServerCrashPoint(spec) : null;

    private void Stopped(Activity span)
    {
        var effect = span.GetTagItem(PostMortemTelemetry.EffectId) as string ?? "";
        if (span.DisplayName != _span || !effect.Contains(_detail, StringComparison.Ordinal) || Interlocked.Increment(ref _seen) != _occurrence)
        {
            return;
        }
        Console.WriteLine($"crash point: killed after {span.DisplayName} {effect}".TrimEnd());
        Console.Out.Flush();
        Process.GetCurrentProcess().Kill();
    }

    public void Dispose() => _listener.Dispose();
}
