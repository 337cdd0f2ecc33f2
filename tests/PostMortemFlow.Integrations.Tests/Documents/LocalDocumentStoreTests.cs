using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Documents;
using PostMortemFlow.Integrations.Settings;

namespace PostMortemFlow.Integrations.Tests.Documents;

public sealed class LocalDocumentStoreTests : DocumentStoreContractTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pmf-documents-" + Guid.NewGuid().ToString("N"));

    public LocalDocumentStoreTests() => Store = new LocalDocumentStore(Options.Create(new StorageOptions { DataPath = _folder }));

    protected override IDocumentStore Store { get; }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
