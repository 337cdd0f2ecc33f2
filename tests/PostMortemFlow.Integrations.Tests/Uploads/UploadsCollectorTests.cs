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

    private EvidenceUploads Uploads(long maxBytes = 1L << 30) =>
        new(_scenario.Store, Options.Create(new UploadsOptions { MaxUploadBytes = maxBytes }));

    private async Task<UploadsCollector> WithUploadsAsync(params (string Name, string Content)[] files)
    {
        var uploads = Uploads();
        foreach (var (name, content) in files)
        {
            await uploads.SaveAsync(_scenario.Id, name, new MemoryStream(Encoding.UTF8.GetBytes(content)));
        }
        return _scenario.Collector<UploadsCollector, UploadsOptions>(new UploadsOptions());
    }

    private async Task<string> StoredTextAsync(string name)
    {
        await using var stream = await _scenario.Store.OpenReadAsync(new ArtifactKey(_scenario.Id, UploadsCollector.SourceName, name));
        using var reader = new StreamReader(stream!);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task Collect_ExportsOfEachFormat_DraftsTheirRowsAndAManifest()
    {
        var start = new DateTimeOffset(2025, 2, 9, 10, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var values = string.Join(",", Enumerable.Range(0, 120).Select(m => $"[{start + m * 60},\"{(m is >= 6 and < 30 ? 30 : 0.2)}\"]"));
        var collector = await WithUploadsAsync(
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
        var manifest = await _scenario.Store.ReadManifestAsync(_scenario.Id, "uploads");
        Assert.Equal(["alerts.json", "app.log", "errors.json", "events.ndjson"], manifest!.Artifacts.Select(a => a.Name));
    }

    [Fact]
    public async Task Save_UploadWithSecrets_StoresItRedactedInTheArtifactStore()
    {
        await WithUploadsAsync(("app.log", "2025-02-09T10:06:10Z connect Server=db;Password=hunter2;\n"));

        Assert.Equal("2025-02-09T10:06:10Z connect Server=db;Password=[REDACTED];\n", await StoredTextAsync("app.log"));
        Assert.Equal(["uploads/app.log"], (await _scenario.Store.ListAsync(_scenario.Id)).Select(a => a.RelativePath));
    }

    [Fact]
    public async Task Save_LargerThanAllowed_FailsAndKeepsThePreviousVersion()
    {
        var uploads = Uploads(maxBytes: 16);
        await uploads.SaveAsync(_scenario.Id, "app.log", new MemoryStream(Encoding.UTF8.GetBytes("small\n")));

        await Assert.ThrowsAsync<UploadTooLargeException>(() =>
            uploads.SaveAsync(_scenario.Id, "app.log", new MemoryStream(Encoding.UTF8.GetBytes(new string('x', 64) + "\n"))));

        Assert.Equal("small\n", await StoredTextAsync("app.log"));
    }

    [Theory]
    [InlineData("events.ndjson", "events.ndjson")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\logs\\app log (1).txt", "app_log__1_.txt")]
    [InlineData("..hidden.log", "hidden.log")]
    [InlineData("résumé.log", "r_sum_.log")]
    public void Normalize_GivenName_IsSafe(string given, string stored)
    {
        Assert.Equal(stored, UploadName.Normalize(given, out var problem));
        Assert.Equal("", problem);
    }

    [Theory]
    [InlineData("", "Name the uploaded file")]
    [InlineData("..", "Name the uploaded file")]
    [InlineData("manifest.json", "reserved")]
    [InlineData("NUL.log", "reserved")]
    [InlineData("a\u0001b.log", "control characters")]
    public void Normalize_UnusableName_SaysWhy(string given, string reason)
    {
        Assert.Null(UploadName.Normalize(given, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_NameOf300Characters_IsRefusedWithTheLimit()
    {
        Assert.Null(UploadName.Normalize(new string('a', 296) + ".log", out var problem));
        Assert.Contains("at most 100 characters", problem, StringComparison.Ordinal);
    }

    public void Dispose() => _scenario.Dispose();
}
