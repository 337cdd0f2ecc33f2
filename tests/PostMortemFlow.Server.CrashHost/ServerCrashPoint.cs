using System.Diagnostics;
using PostMortemFlow.Functions.Worker;
using PostMortemFlow.Integrations.Telemetry;

namespace PostMortemFlow.Server.CrashHost;

/// <summary>
/// The server's chosen moment to die: <c>PMF_SERVER_CRASH_AFTER=span[:effect id][#n]</c>, read as the worker's
/// <see cref="CrashPoint"/>, fires when the n-th span of that name (e.g. <c>effect SendEmail</c>, <c>command
/// ApproveTimeline</c>) ends: for an effect, after its work is done and before the grain records it; for a command,
/// after its state is stored and before anyone is answered. The spans are the server's own telemetry, so the server
/// carries no test hook.
/// </summary>
public sealed class ServerCrashPoint : IDisposable
{
    public const string Variable = "PMF_SERVER_CRASH_AFTER";

    private readonly ActivityListener _listener;

    private ServerCrashPoint(CrashPoint crash)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == PostMortemTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span => crash.After(span.DisplayName, span.GetTagItem(PostMortemTelemetry.EffectId) as string ?? ""),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The crash point the environment names, listening; null when it names none.</summary>
    public static ServerCrashPoint? FromEnvironment() =>
        CrashPoint.FromEnvironment(Variable) is { IsSet: true } crash ? new ServerCrashPoint(crash) : null;

    public void Dispose() => _listener.Dispose();
}
