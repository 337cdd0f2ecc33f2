using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PostMortemFlow.Benchmarks;

/// <summary>Everything one load run measured; printed as a table and written as JSON.</summary>
public sealed record LoadReport
{
    public required DateTimeOffset StartedAt { get; init; }
    public required string Machine { get; init; }
    public required LoadOptions Options { get; init; }
    public required double StartupSeconds { get; init; }

    public required int WorkflowsDeclared { get; init; }
    public required int DeclareRejections { get; init; }
    public required double DeclareSeconds { get; init; }
    public double DeclaresPerSecond => WorkflowsDeclared / DeclareSeconds;
    public required LatencyStats DeclareLatency { get; init; }
    /// <summary>Time after the last declaration until every outbox heartbeat reminder was gone (review e-mails sent).</summary>
    public required double OutboxSettleSeconds { get; init; }

    public required int CommandsRun { get; init; }
    public required double CommandSeconds { get; init; }
    public double CommandsPerSecond => CommandsRun / CommandSeconds;
    public required LatencyStats CommandLatency { get; init; }
    public required IReadOnlyDictionary<string, LatencyStats> CommandLatencyByKind { get; init; }
    public required IReadOnlyDictionary<string, int> RejectionsByKind { get; init; }
    public required IReadOnlyDictionary<string, int> OpenWorkflowsByPhase { get; init; }

    public required int Activations { get; init; }
    public required int PostMortemActivations { get; init; }
    public required double WorkingSetMb { get; init; }
    public required double PeakWorkingSetMb { get; init; }
    public required double GcHeapAfterFullCollectionMb { get; init; }
    public required double DatabaseMb { get; init; }
    public required long StateRows { get; init; }
    public required long ReminderRows { get; init; }
    public required IReadOnlyDictionary<string, long> ReminderRowsByName { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public string ToTable()
    {
        var text = new StringBuilder();
        void Line(string name, string value) => text.AppendLine(CultureInfo.InvariantCulture, $"  {name,-34} {value}");
        string F(double value, string unit = "") => value.ToString("0.0", CultureInfo.InvariantCulture) + unit;
        string Stats(LatencyStats s) =>
            $"p50 {F(s.P50Ms)} | p90 {F(s.P90Ms)} | p99 {F(s.P99Ms)} | p99.9 {F(s.P999Ms)} | max {F(s.MaxMs)} ms (n={s.Count})";

        text.AppendLine(CultureInfo.InvariantCulture, $"PostMortemFlow load benchmark, {StartedAt:yyyy-MM-dd HH:mm} UTC, {Machine}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  workflows {Options.Workflows}, commands {Options.Commands}, concurrency {Options.Concurrency}, effects {(Options.LocalEffects ? "local" : "none")}");
        Line("silo start", F(StartupSeconds, " s"));
        Line("workflows declared (open)", $"{WorkflowsDeclared} ({DeclareRejections} rejected)");
        Line("declare throughput", $"{F(DeclaresPerSecond, "/s")} over {F(DeclareSeconds, " s")}");
        Line("declare latency", Stats(DeclareLatency));
        Line("outbox settled after", F(OutboxSettleSeconds, " s"));
        Line("command throughput", $"{F(CommandsPerSecond, "/s")} over {F(CommandSeconds, " s")}");
        Line("command latency (all)", Stats(CommandLatency));
        foreach (var (kind, stats) in CommandLatencyByKind)
        {
            Line($"  {kind}", Stats(stats));
        }
        Line("goal: 10000 open, command p99 <= 50 ms",
            $"{(WorkflowsDeclared >= 10_000 ? "met" : "not met")} / {(CommandLatency.P99Ms <= 50 ? "met" : "not met")}");
        Line("rejections", RejectionsByKind.Count == 0 ? "none" : string.Join(", ", RejectionsByKind.Select(r => $"{r.Key} {r.Value}")));
        Line("workflows by phase", string.Join(", ", OpenWorkflowsByPhase.Select(p => $"{p.Key} {p.Value}")));
        Line("activations (all / post-mortem)", $"{Activations} / {PostMortemActivations}");
        Line("working set (now / peak)", $"{F(WorkingSetMb, " MB")} / {F(PeakWorkingSetMb, " MB")}");
        Line("GC heap after full collection", F(GcHeapAfterFullCollectionMb, " MB"));
        Line("SQLite file (db + wal)", F(DatabaseMb, " MB"));
        Line("state rows", StateRows.ToString(CultureInfo.InvariantCulture));
        Line("reminder rows", $"{ReminderRows} ({string.Join(", ", ReminderRowsByName.Select(r => $"{r.Key} {r.Value}"))})");
        return text.ToString();
    }
}
