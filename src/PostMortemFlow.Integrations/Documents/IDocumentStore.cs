namespace PostMortemFlow.Integrations.Documents;

/// <summary>
/// Small JSON documents by path (an incident's record, a post-mortem's read view, a list row), with optimistic
/// concurrency: a write names the version it replaces, so two writers never lose each other's change. Kept beside the
/// evidence (<c>Evidence:Store</c>): a folder under <c>Storage:DataPath</c>, or the Blob container.
/// </summary>
public interface IDocumentStore
{
    /// <summary>The document and its version, or null when there is none.</summary>
    Task<StoredDocument?> ReadAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the document if it is still at <paramref name="expectedVersion"/> (null: only if it does not exist; "*": whatever is there).
    /// </summary>
    /// <returns>The new version, or null when another writer came first (read again and retry).</returns>
    Task<string?> WriteAsync(string path, ReadOnlyMemory<byte> content, string? expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Removes the document, if there is one.</summary>
    Task DeleteAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>The paths of the documents under <paramref name="prefix"/>, in order.</summary>
    Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>The documents under <paramref name="prefix"/>, in path order, each with its <see cref="DocumentStamp"/>; reads none of them.</summary>
    Task<IReadOnlyList<DocumentStamp>> ListStampsAsync(string prefix, CancellationToken cancellationToken = default);
}
