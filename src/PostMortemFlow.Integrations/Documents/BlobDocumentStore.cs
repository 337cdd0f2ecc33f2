using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace PostMortemFlow.Integrations.Documents;

/// <summary>
/// Documents as block blobs <c>documents/…</c> in the evidence container; the version is the blob's ETag and a write
/// is conditional on it (<c>If-Match</c>, or <c>If-None-Match: *</c> for a new one), so every node and instance can write.
/// </summary>
public sealed class BlobDocumentStore(BlobContainerClient container) : IDocumentStore
{
    private const string Prefix = "documents/";
    private readonly Lazy<Task> _created = new(() => container.CreateIfNotExistsAsync());

    public async Task<StoredDocument?> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        await _created.Value.WaitAsync(cancellationToken);
        try
        {
            var download = await container.GetBlobClient(Prefix + path).DownloadContentAsync(cancellationToken);
            return new StoredDocument(download.Value.Content.ToMemory(), download.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<string?> WriteAsync(string path, ReadOnlyMemory<byte> content, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        await _created.Value.WaitAsync(cancellationToken);
        var conditions = expectedVersion switch
        {
            DocumentPaths.Any => null,
            null => new BlobRequestConditions { IfNoneMatch = ETag.All },
            _ => new BlobRequestConditions { IfMatch = new ETag(expectedVersion) },
        };
        try
        {
            var written = await container.GetBlobClient(Prefix + path).UploadAsync(BinaryData.FromBytes(content),
                new BlobUploadOptions { Conditions = conditions, HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } }, cancellationToken);
            return written.Value.ETag.ToString();
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        await _created.Value.WaitAsync(cancellationToken);
        await container.GetBlobClient(Prefix + path).DeleteIfExistsAsync(cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        await _created.Value.WaitAsync(cancellationToken);
        var paths = new List<string>();
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = Prefix + prefix }, cancellationToken))
        {
            paths.Add(item.Name[Prefix.Length..]);
        }
        return [.. paths.Order(StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<DocumentStamp>> ListStampsAsync(string prefix, CancellationToken cancellationToken = default)
    {
        await _created.Value.WaitAsync(cancellationToken);
        var stamps = new List<DocumentStamp>();
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = Prefix + prefix }, cancellationToken))
        {
            stamps.Add(new DocumentStamp(item.Name[Prefix.Length..], item.Properties.ETag?.ToString() ?? ""));
        }
        return [.. stamps.OrderBy(s => s.Path, StringComparer.Ordinal)];
    }
}
