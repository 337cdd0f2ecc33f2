using System.Security.Cryptography;
using System.Text;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Tests.Infrastructure;

namespace PostMortemFlow.Integrations.Tests.Artifacts;

/// <summary>What every artifact store must do; each implementation derives and supplies the store.</summary>
public abstract class ArtifactStoreContractTests
{
    private readonly string _id = "pm-" + Guid.NewGuid().ToString("N")[..12];

    protected abstract IArtifactStore Store { get; }

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    private async Task<string> ReadAsync(ArtifactKey key)
    {
        await using var stream = await Store.OpenReadAsync(key) ?? throw new Xunit.Sdk.XunitException($"{key.Path} is missing");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    [ServerFact]
    public async Task Write_ThenRead_ReturnsTheBytesWithSizeAndSha256()
    {
        var key = new ArtifactKey(_id, "prometheus", "query-1.json");

        var stored = await Store.WriteAsync(key, Text("{\"status\":\"success\"}"));

        Assert.Equal("{\"status\":\"success\"}", await ReadAsync(key));
        Assert.Equal(20, stored.Bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("{\"status\":\"success\"}"))), stored.Sha256);
    }

    [ServerFact]
    public async Task Write_SameNameTwice_RewritesIt()
    {
        var key = new ArtifactKey(_id, "logs", "app.ndjson");
        await Store.WriteAsync(key, Text("first, longer version"));

        var second = await Store.WriteAsync(key, Text("second"));

        Assert.Equal("second", await ReadAsync(key));
        Assert.Equal(new ArtifactInfo(key, second.Bytes), Assert.Single(await Store.ListAsync(_id, "logs")));
        Assert.Equal(6, second.Bytes);
    }

    [ServerFact]
    public async Task List_SeveralSources_ReturnsOneSourceOrAllWithoutTheManifests()
    {
        await Store.WriteAsync(new ArtifactKey(_id, "alertmanager", "b.json"), Text("b"));
        await Store.WriteAsync(new ArtifactKey(_id, "alertmanager", "a.json"), Text("a"));
        await Store.WriteAsync(new ArtifactKey(_id, "pagerduty", "c.json"), Text("c"));
        await Store.WriteManifestAsync(_id, new SourceManifest { Source = "alertmanager" });

        var listed = await Store.ListAsync(_id, "alertmanager");

        Assert.Equal(["a.json", "b.json"], listed.Select(a => a.Key.Name));
        Assert.Empty(await Store.ListAsync(_id, "teams"));
        Assert.Equal(["alertmanager/a.json", "alertmanager/b.json", "pagerduty/c.json"], (await Store.ListAsync(_id)).Select(a => a.RelativePath));
    }

    [ServerFact]
    public async Task Manifest_Written_ReadsBackEqual()
    {
        var at = new DateTimeOffset(2025, 2, 9, 12, 0, 0, TimeSpan.Zero);
        var manifest = new SourceManifest
        {
            Source = "prometheus", WindowFrom = at.AddHours(-3), WindowTo = at, CollectedAt = at.AddDays(1),
            CoveredFrom = at.AddHours(-2), CoveredTo = at, Redactions = 2, Error = null,
            Artifacts = [new ManifestArtifact { Name = "q.json", Query = "up", Items = 480, Bytes = 10, Sha256 = "ab", Redactions = 2 }],
        };

        await Store.WriteManifestAsync(_id, manifest);
        var read = await Store.ReadManifestAsync(_id, "prometheus");

        Assert.NotNull(read);
        Assert.Equal(manifest with { Artifacts = [] }, read with { Artifacts = [] });
        Assert.Equal(manifest.Artifacts, read.Artifacts);
    }

    [ServerFact]
    public async Task OpenRead_Missing_ReturnsNull()
    {
        Assert.Null(await Store.OpenReadAsync(new ArtifactKey(_id, "teams", "nothing.json")));
        Assert.Null(await Store.ReadManifestAsync(_id, "teams"));
    }

    [ServerFact]
    public async Task Write_LargeUnseekableStream_StreamsItWhole()
    {
        var key = new ArtifactKey(_id, "logs", "big.log");
        const long size = 24L << 20;

        var stored = await Store.WriteAsync(key, new PatternStream(size));

        using var expected = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var check = new PatternStream(size);
        var buffer = new byte[1 << 16];
        int n;
        while ((n = await check.ReadAsync(buffer)) > 0)
        {
            expected.AppendData(buffer, 0, n);
        }
        Assert.Equal((size, Convert.ToHexStringLower(expected.GetHashAndReset())), (stored.Bytes, stored.Sha256));
        Assert.Equal(size, Assert.Single(await Store.ListAsync(_id, "logs")).Bytes);
    }

    [ServerFact]
    public async Task Write_SourceFailsHalfway_KeepsThePreviousVersion()
    {
        var key = new ArtifactKey(_id, "logs", "app.log");
        await Store.WriteAsync(key, Text("complete"));

        await Assert.ThrowsAnyAsync<IOException>(() => Store.WriteAsync(key, new PatternStream(12L << 20, failAfter: 6L << 20)));

        Assert.Equal("complete", await ReadAsync(key));
    }

    [ServerFact]
    public void Key_UnsafeSegment_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new ArtifactKey(_id, "../etc", "passwd"));
}
