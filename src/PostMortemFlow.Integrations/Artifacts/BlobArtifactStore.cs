using Azure;
using Azure.Identity;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;

namespace PostMortemFlow.Integrations.Artifacts;

/// <summary>
/// Artifacts as block blobs <c>postmortems/{id}/evidence/{source}/{name}</c>. Uploads stream in blocks and commit
/// only when the content is complete, so a failed re-run leaves the previous version in place.
/// </summary>
public sealed class BlobArtifactStore : IArtifactStore
{
    private const string Sha256Metadata = "sha256";
    private readonly BlobContainerClient _container;
    private readonly BlobArtifactStoreOptions _options;
    private readonly Lazy<Task> _created;

    public BlobArtifactStore(IOptions<BlobArtifactStoreOptions> options)
        : this(CreateContainerClient(options.Value), options.Value)
    {
    }

    public BlobArtifactStore(BlobContainerClient container, BlobArtifactStoreOptions options)
    {
        _container = container;
        _options = options;
        _created = new Lazy<Task>(() => _container.CreateIfNotExistsAsync());
    }

    private static BlobContainerClient CreateContainerClient(BlobArtifactStoreOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new BlobContainerClient(options.ConnectionString, options.Container);
        }
        var account = options.AccountUrl ?? throw new InvalidOperationException($"{BlobArtifactStoreOptions.Section} needs a ConnectionString or an AccountUrl.");
        return new BlobServiceClient(account, new DefaultAzureCredential()).GetBlobContainerClient(options.Container);
    }

    public async Task<StoredArtifact> WriteAsync(ArtifactKey key, Stream content, CancellationToken cancellationToken = default)
    {
        await _created.Value.WaitAsync(cancellationToken);
        var blob = _container.GetBlobClient(key.Path);
        using var hashing = new HashingReadStream(content);
        await blob.UploadAsync(hashing, new BlobUploadOptions
        {
            TransferOptions = new StorageTransferOptions
            {
                InitialTransferSize = _options.BlockBytes,
                MaximumTransferSize = _options.BlockBytes,
                MaximumConcurrency = _options.MaxConcurrency,
            },
        }, cancellationToken);
        var stored = new StoredArtifact(key.Name, hashing.BytesRead, hashing.Sha256());
        await blob.SetMetadataAsync(new Dictionary<string, string> { [Sha256Metadata] = stored.Sha256 }, cancellationToken: cancellationToken);
        return stored;
    }

    public async Task<Stream?> OpenReadAsync(ArtifactKey key, CancellationToken cancellationToken = default)
    {
        await _created.Value.WaitAsync(cancellationToken);
        try
        {
            var response = await _container.GetBlobClient(key.Path).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return response.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<StoredArtifact>> ListAsync(string postMortemId, string source, CancellationToken cancellationToken = default)
    {
        await _created.Value.WaitAsync(cancellationToken);
        var prefix = ArtifactKey.Prefix(postMortemId, source);
        var result = new List<StoredArtifact>();
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata, Prefix = prefix }, cancellationToken))
        {
            var name = item.Name[prefix.Length..];
            if (name == ArtifactKey.ManifestName || name.Contains('/'))
            {
                continue;
            }
            result.Add(new StoredArtifact(name, item.Properties.ContentLength ?? 0, item.Metadata.TryGetValue(Sha256Metadata, out var sha) ? sha : ""));
        }
        return result.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
    }
}
