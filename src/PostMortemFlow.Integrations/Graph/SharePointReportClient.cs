using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.Reporting;

namespace PostMortemFlow.Integrations.Graph;

/// <summary>
/// Publishes the report to a SharePoint document library as HTML, Markdown and Word (both with the fishbone and the
/// evidence charts that drafted its key moments) under
/// <c>Post-mortems/{yyyy}/{id}-{slug}/</c>. Uploads address files by path and replace, so a retry or a
/// re-publication overwrites instead of duplicating. Returns the HTML file's web URL.
/// </summary>
public sealed class SharePointReportClient(GraphConnection graph, IOptions<SharePointClientOptions> options, EvidenceCharts? charts = null) : IReportPublisher
{
    private const string Permission = "Sites.Selected (write on the site) or Files.ReadWrite.All";
    private string? _driveId;

    public async Task<string> PublishAsync(PostMortemState state, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var report = WorkflowReport.Of(state, charts is null ? [] : await charts.ForReportAsync(state.Id, state.PostMortem, cancellationToken));
        var markdown = report.Markdown;
        var html = report.Html;
        var folder = ReportFolder.For(state, state.Restriction is null ? options.Value.Folder : options.Value.RestrictedFolder);
        var drive = await DriveIdAsync(cancellationToken);
        await UploadAsync(drive, $"{folder}/report.md", Encoding.UTF8.GetBytes(markdown), cancellationToken);
        await UploadAsync(drive, $"{folder}/report.docx", WordReport.Render(state.PostMortem.Title, markdown, report.Figures), cancellationToken);
        var page = await UploadAsync(drive, $"{folder}/report.html", Encoding.UTF8.GetBytes(html), cancellationToken);
        return page.WebUrl ?? throw new PublishingException($"SharePoint returned no web URL for {folder}/report.html.", null, isPermanent: false);
    }

    /// <summary>Uploads one file by path, replacing what is there; files above the threshold go through an upload session.</summary>
    public async Task<DriveItem> UploadAsync(string driveId, string path, byte[] content, CancellationToken cancellationToken = default)
    {
        var item = graph.Client.Drives[driveId].Root.ItemWithPath(path);
        if (content.Length <= options.Value.LargeFileThresholdBytes)
        {
            using var stream = new MemoryStream(content, writable: false);
            var uploaded = await GraphErrors.Call($"upload of {path}", Permission, () => item.Content.PutAsync(stream, cancellationToken: cancellationToken));
            return uploaded ?? throw new PublishingException($"SharePoint returned no item for {path}.", null, isPermanent: false);
        }
        var session = await GraphErrors.Call($"upload session for {path}", Permission, () => item.CreateUploadSession.PostAsync(new CreateUploadSessionPostRequestBody
        {
            Item = new DriveItemUploadableProperties { AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = "replace" } },
        }, cancellationToken: cancellationToken)) ?? throw new PublishingException($"SharePoint opened no upload session for {path}.", null, isPermanent: false);
        using var large = new MemoryStream(content, writable: false);
        var task = new LargeFileUploadTask<DriveItem>(session, large, options.Value.SliceBytes, graph.Client.RequestAdapter);
        var result = await GraphErrors.Call($"upload of {path}", Permission, () => task.UploadAsync(null, graph.Options.MaxRetries + 1, cancellationToken));
        return result is { UploadSucceeded: true, ItemResponse: { } done }
            ? done
            : throw new PublishingException($"The upload session for {path} did not complete.", null, isPermanent: false);
    }

    private async Task<string> DriveIdAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.DriveId))
        {
            return options.Value.DriveId;
        }
        if (_driveId is not null)
        {
            return _driveId;
        }
        var drive = await GraphErrors.Call($"lookup of the document library of site {options.Value.SiteId}", Permission,
            () => graph.Client.Sites[options.Value.SiteId].Drive.GetAsync(config => config.QueryParameters.Select = ["id"], cancellationToken));
        return _driveId = drive?.Id ?? throw new PublishingException($"Site {options.Value.SiteId} has no document library.", 404, isPermanent: true);
    }
}
