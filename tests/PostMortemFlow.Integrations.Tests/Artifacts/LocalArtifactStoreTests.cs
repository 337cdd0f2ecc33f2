using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Artifacts;

namespace PostMortemFlow.Integrations.Tests.Artifacts;

public sealed class LocalArtifactStoreTests : ArtifactStoreContractTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pmf-store-" + Guid.NewGuid().ToString("N"));

    public LocalArtifactStoreTests() =>
        Store = new LocalArtifactStore(Options.Create(new LocalArtifactStoreOptions { DataPath = _folder }));

    protected override IArtifactStore Store { get; }

    [Fact]
    public async Task Write_LandsUnderTheDataPathLayout()
    {
        await Store.WriteAsync(new ArtifactKey("pm-1", "prometheus", "q.json"), new MemoryStream([1, 2, 3]));

        Assert.True(File.Exists(Path.Combine(_folder, "artifacts", "postmortems", "pm-1", "evidence", "prometheus", "q.json")));
        Assert.Empty(Directory.EnumerateFiles(_folder, "*.part", SearchOption.AllDirectories));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
