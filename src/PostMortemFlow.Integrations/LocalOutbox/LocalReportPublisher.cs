using System.Text;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Integrations.LocalOutbox;

/// <summary>Publishes the report as Markdown and HTML under <c>published/{id}/</c>; re-publishing replaces both.</summary>
public sealed class LocalReportPublisher(IOptions<LocalOutboxOptions> options, TimeProvider clock) : IReportPublisher
{
    public async Task<string> PublishAsync(PostMortemState state, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(options.Value.PublishedPath, SafeName.From(state.Id));
        var report = WorkflowReport.Of(state);
        await WriteAsync(Path.Combine(folder, "report.md"), report.Markdown, cancellationToken);
        await WriteAsync(Path.Combine(folder, "report.html"), report.Html, cancellationToken);
        LocalFiles.Journal(options.Value.PublishedPath, "report", idempotencyKey, clock.GetUtcNow());
        return $"published/{SafeName.From(state.Id)}/report.html";
    }

    private static Task WriteAsync(string path, string text, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return LocalFiles.WriteAtomicallyAsync(path, stream => stream.WriteAsync(bytes, cancellationToken).AsTask(), cancellationToken);
    }
}
