using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Tests.Infrastructure;
using PostMortemFlow.Integrations.Uploads;

namespace PostMortemFlow.Integrations.Tests.Uploads;

public sealed class UploadsCollectorTests : IDisposable
{
    private readonly EvidenceScenario _scenario = new(UploadsCollector.SourceName);
    private readonly string _data = Path.Combine(Path.GetTempPath(), "pmf-uploads-" + Guid.NewGuid().ToString("N"));

    private async Task<(UploadStore Uploads, UploadsCollector Collector)> WithUploadsAsync(params (string Name, string Content)[] files)
    {
        var options = Options.Create(new UploadsOptions { DataPath = _data });
        var uploads = new UploadStore(options);
        foreach (var (name, content) in files)
        {
            await uploads.SaveAsync(_scenario.Id, name, new MemoryStream(Encoding.UTF8.GetBytes(content)));
        }
        var store = new LocalArtifactStore(Options.Create(new LocalArtifactStoreOptions { DataPath = _data }));
        return (uploads, new UploadsCollector(uploads, store, options, _scenario.Clock, NullLogger<UploadsCollector>.Instance));
    }

    [Fact]
    public async Task Collect_ExportsOfEachFormat_DraftsTheirRowsAndAManifest()
    {
        var start = new DateTimeOffset(2025, 2, 9, 10, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var values = string.Join(",", Enumerable.Range(0, 120).Select(m => $"[{start + m * 60},\"{(m is >= 6 and < 30 ? 30 : 0.2)}\"]"));
        var (_, collector) = await WithUploadsAsync(
            ("errors.json", $$$"""{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"errors"},"values":[{{{values}}}]}]}}"""),
            ("alerts.json", """[{"labels":{"alertname":"HighErrorRate"},"startsAt":"2025-02-09T10:08:00Z","endsAt":"2025-02-09T10:41:00Z","fingerprint":"d5f7"}]"""),
            ("app.log", "2025-02-09T10:02:00Z INFO deploy api v42\n2025-02-09T10:06:10Z ERROR pool exhausted password=hunter2\n"),
            ("events.ndjson", """{"time":"2025-02-09T10:12:00Z","event":"Rolled back v42","actor":"@ana","kind":"Mitigated"}""" + "\n{broken\n"));

        var finished = await collector.CollectAsync(_scenario.State);

        Assert.Contains(finished.Entries, e => e.Kind == TimelineEntryKind.FirstSymptom && e.Time == new DateTimeOffset(2025, 2, 9, 10, 6, 0, TimeSpan.Zero) && e.Event.Contains("errors"));
        Assert.Contains(finished.Entries, e => e.Event == "Alert HighErrorRate firing" && e.Time.Minute == 8);
        Assert.Contains(finished.Entries, e => e.Event == "Alert HighErrorRate resolved" && e.Time.Minute == 41);
        Assert.Contains(finished.Entries, e => e.Kind == TimelineEntryKind.FirstSymptom && e.Event.StartsWith("First error in logs"));
        Assert.Contains(finished.Entries, e => e.Event.StartsWith("Change seen in logs: INFO deploy api v42"));
        Assert.Contains(finished.Entries, e => e.Kind == TimelineEntryKind.Mitigated && e.Actor == "@ana");
        Assert.Contains("events.ndjson: 1 line(s)", Assert.Single(finished.Gaps).Reason);
        Assert.DoesNotContain(finished.Entries, e => e.Event.Contains("hunter2"));
        var manifest = await new LocalArtifactStore(Options.Create(new LocalArtifactStoreOptions { DataPath = _data })).ReadManifestAsync(_scenario.Id, "uploads");
        Assert.Equal(["alerts.json", "app.log", "errors.json", "events.ndjson"], manifest!.Artifacts.Select(a => a.Name));
    }

    [Fact]
    public async Task Save_UploadWithSecrets_StoresItRedacted()
    {
        var (uploads, _) = await WithUploadsAsync(("app.log", "2025-02-09T10:06:10Z connect Server=db;Password=hunter2;\n"));

        var stored = await File.ReadAllTextAsync(Assert.Single(uploads.Files(_scenario.Id)));

        Assert.Equal("2025-02-09T10:06:10Z connect Server=db;Password=[REDACTED];\n", stored);
    }

    public void Dispose()
    {
        _scenario.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
