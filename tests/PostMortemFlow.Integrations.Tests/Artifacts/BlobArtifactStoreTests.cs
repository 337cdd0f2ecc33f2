using Azure.Storage.Blobs;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Tests.Infrastructure;

namespace PostMortemFlow.Integrations.Tests.Artifacts;

/// <summary>The same contract against a real Azurite (PMF_TEST_AZURITE holds its connection string).</summary>
[RequiresServer(TestServers.Azurite)]
public sealed class BlobArtifactStoreTests : ArtifactStoreContractTests
{
    private readonly Lazy<IArtifactStore> _store = new(() =>
    {
        var options = new BlobArtifactStoreOptions { ConnectionString = TestServers.Require(TestServers.Azurite), Container = "contract-tests", BlockBytes = 1 << 20 };
        return new BlobArtifactStore(new BlobContainerClient(options.ConnectionString, options.Container), options);
    });

    protected override IArtifactStore Store => _store.Value;
}
