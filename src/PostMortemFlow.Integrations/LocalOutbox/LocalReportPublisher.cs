using System.Text;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.Reporting;

namespace PostMortemFlow.Integrations.LocalOutbox;

/// <summary>
/// Publishes the report as Markdown and HTML (with the evidence charts that drafted its key moments) under
/// <c>published/{id}/</c>; re-publishing replaces both.
/// </summary>
public sealed class LocalReportPublisher(IOptions<LocalOutboxOptions> options, TimeProvider clock, EvidenceCharts? charts = null) : IReportPublisher
{
    public async Task<string> PublishAsync(PostMortemState state, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(options.Value.PublishedPath, SafeName.From(state.Id));
        var report = WorkflowReport.Of(state, charts is null ? [] : await charts.ForReportAsync(state.Id, state.PostMortem, cancellationToken));
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
