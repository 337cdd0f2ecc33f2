using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Identity;

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
    private readonly Lock _gate = new();
    private Task? _created;

    public BlobArtifactStore(IOptions<BlobArtifactStoreOptions> options, AzureCredentials credentials)
        : this(CreateContainerClient(options.Value, credentials), options.Value)
    {
    }

    public BlobArtifactStore(BlobContainerClient container, BlobArtifactStoreOptions options)
    {
        _container = container;
        _options = options;
    }

    /// <summary>The evidence container, by connection string or by account URL with the app's Azure identity.</summary>
    public static BlobContainerClient CreateContainerClient(BlobArtifactStoreOptions options, AzureCredentials credentials)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new BlobContainerClient(options.ConnectionString, options.Container);
        }
        var account = options.AccountUrl ?? throw new InvalidOperationException($"{BlobArtifactStoreOptions.Section} needs a ConnectionString or an AccountUrl.");
        return new BlobServiceClient(account, credentials.Azure).GetBlobContainerClient(options.Container);
    }

    public async Task<StoredArtifact> WriteAsync(ArtifactKey key, Stream content, CancellationToken cancellationToken = default)
    {
        await ContainerCreatedAsync(cancellationToken);
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
        await ContainerCreatedAsync(cancellationToken);
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

    public async Task<IReadOnlyList<ArtifactInfo>> ListAsync(string postMortemId, string? source = null, CancellationToken cancellationToken = default)
    {
        await ContainerCreatedAsync(cancellationToken);
        var evidence = ArtifactKey.EvidencePrefix(postMortemId);
        var result = new List<ArtifactInfo>();
        var prefix = source is null ? evidence : ArtifactKey.Prefix(postMortemId, source);
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
        {
            if (ArtifactKey.FromRelative(postMortemId, item.Name[evidence.Length..]) is { Name: not ArtifactKey.ManifestName } key)
            {
                result.Add(new ArtifactInfo(key, item.Properties.ContentLength ?? 0));
            }
        }
        return result.OrderBy(a => a.Key.Source, StringComparer.Ordinal).ThenBy(a => a.Key.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Creates the container once; a creation that failed (storage unreachable at start) is tried again by the next call.</summary>
    private Task ContainerCreatedAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_created is null || _created.IsFaulted || _created.IsCanceled)
            {
                _created = _container.CreateIfNotExistsAsync();
            }
            return _created.WaitAsync(cancellationToken);
        }
    }
}
