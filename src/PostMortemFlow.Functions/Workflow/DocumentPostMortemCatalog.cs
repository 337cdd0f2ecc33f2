using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Integrations.Documents;

namespace PostMortemFlow.Functions.Workflow;

/// <summary>The post-mortem list from the rows the orchestrations publish, newest first.</summary>
public sealed class DocumentPostMortemCatalog(IDocumentStore documents) : IPostMortemCatalog
{
    public async Task UpsertAsync(PostMortemSummary summary, CancellationToken cancellationToken = default) =>
        await documents.WriteAsync(DocumentPaths.Summary(summary.Id), DocumentJson.Serialize(summary), DocumentPaths.Any, cancellationToken);

    public async Task<IReadOnlyList<PostMortemSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = new List<PostMortemSummary>();
        foreach (var path in await documents.ListAsync(DocumentPaths.Catalog, cancellationToken))
        {
            if (DocumentJson.Deserialize<PostMortemSummary>(await documents.ReadAsync(path, cancellationToken)) is { } row)
            {
                rows.Add(row);
            }
        }
        return [.. rows.OrderByDescending(r => r.StartedAt)];
    }
}
