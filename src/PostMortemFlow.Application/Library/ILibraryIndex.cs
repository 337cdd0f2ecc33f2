using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Library;

namespace PostMortemFlow.Application.Library;

/// <summary>The searchable library of post-mortems, kept beside each host's list; every implementation indexes with <see cref="FtsLibrary"/>.</summary>
public interface ILibraryIndex
{
    /// <summary>Indexes the entry, replacing the post-mortem's previous one; an entry that is not listed (cancelled) leaves the library.</summary>
    Task UpsertAsync(LibraryEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The post-mortems the query finds that the library shows <paramref name="viewer"/> (<see cref="Audience.ListsInLibrary"/>).</summary>
    Task<LibraryResult> SearchAsync(LibraryQuery query, Viewer viewer, CancellationToken cancellationToken = default);

    /// <summary>The ids of every post-mortem in the library, to find those stored before it kept them.</summary>
    Task<IReadOnlySet<string>> IdsAsync(CancellationToken cancellationToken = default);
}
