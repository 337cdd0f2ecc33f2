namespace PostMortemFlow.Server.Tests.Telemetry;

/// <summary>
/// Runs alone, after the parallel tests: an exporter in this process sees every in-process server's spans, and a busy
/// suite fills its queue (2 048 spans) until it drops the ones a test looks for.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryExportCollection
{
    public const string Name = "Telemetry export";
}
