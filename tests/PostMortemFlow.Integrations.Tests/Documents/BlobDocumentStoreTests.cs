using Azure.Storage.Blobs;
using PostMortemFlow.Integrations.Documents;
using PostMortemFlow.Integrations.Tests.Infrastructure;

namespace PostMortemFlow.Integrations.Tests.Documents;

/// <summary>The same contract against a real Azurite: versions are ETags and writes are conditional on them.</summary>
[RequiresServer(TestServers.Azurite)]
public sealed class BlobDocumentStoreTests : DocumentStoreContractTests
{
    private readonly Lazy<IDocumentStore> _store = new(() =>
        new BlobDocumentStore(new BlobContainerClient(TestServers.Require(TestServers.Azurite), "document-tests")));

    protected override IDocumentStore Store => _store.Value;
}
