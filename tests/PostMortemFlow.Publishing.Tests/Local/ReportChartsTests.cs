using System.Collections.Immutable;
using System.Globalization;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Graph;
using PostMortemFlow.Integrations.LocalOutbox;
using PostMortemFlow.Integrations.Prometheus;
using PostMortemFlow.Integrations.Reporting;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Publishing.Tests.Local;

/// <summary>The published report (HTML and Word) carries the evidence chart that drafted its first symptom, and the fishbone.</summary>
public sealed class ReportChartsTests : IDisposable
{
    private const string Query = "sum by (service) (rate(http_requests_total{code=~\"5..\"}[1m]))";
    private readonly string _data = Path.Combine(Path.GetTempPath(), "pmf-charts-" + Guid.NewGuid().ToString("N"));
    private readonly LocalArtifactStore _store;

    public ReportChartsTests() => _store = new LocalArtifactStore(Options.Create(new LocalArtifactStoreOptions { DataPath = _data }));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private EvidenceCharts Charts() => new(_store, Options.Create(new PrometheusCollectorOptions()), NullLogger<EvidenceCharts>.Instance);

    /// <summary>The seed, its first-symptom row drafted from a stored range query whose 5xx rate rises at that moment.</summary>
    private async Task<PostMortemState> WithStoredEvidenceAsync()
    {
        var state = TestStates.Published();
        var key = new ArtifactKey(state.Id, "prometheus", "orders-api-5xx.json");
        var first = state.PostMortem.Timeline.First(e => e.Kind == TimelineEntryKind.FirstSymptom);
        var recovered = state.PostMortem.Incident.EndedAt!.Value;
        var values = new List<string>();
        for (var t = state.PostMortem.Incident.StartedAt.AddMinutes(-30); t <= recovered.AddMinutes(30); t = t.AddMinutes(1))
        {
            var value = t >= first.Time && t < recovered ? 20 + t.Minute % 5 : 0.2;
            values.Add($"[{t.ToUnixTimeSeconds()},\"{value.ToString(CultureInfo.InvariantCulture)}\"]");
        }
        var json = $$$"""{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"service":"orders-api"},"values":[{{{string.Join(",", values)}}}]}]}}""";
        await _store.WriteAsync(key, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
        await _store.WriteManifestAsync(state.Id, new SourceManifest { Source = "prometheus", Artifacts = [new ManifestArtifact { Name = key.Name, Query = Query }] });
        var timeline = state.PostMortem.Timeline.Select(e => e == first ? e with { EvidenceRef = key.Path } : e).ToImmutableList();
        return state with { PostMortem = state.PostMortem with { Timeline = timeline } };
    }

    [Fact]
    public async Task LocalPublish_KeyMomentFromARangeQuery_TheHtmlReportChartsItUnderTheTimeline()
    {
        var state = await WithStoredEvidenceAsync();
        var publisher = new LocalReportPublisher(Options.Create(new LocalOutboxOptions { DataPath = _data }), new FixedClock(TestLinks.Now), Charts());

        var location = await publisher.PublishAsync(state, "k/publish:1");

        var document = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(_data, location)));
        var sections = document.QuerySelectorAll("h2, figure").ToList();
        var timeline = sections.FindIndex(e => e.LocalName == "h2" && e.TextContent.StartsWith("Timeline", StringComparison.Ordinal));
        var chart = sections[timeline + 1];
        Assert.Equal("figure", chart.LocalName);
        Assert.Equal($"{Query} · service=orders-api", chart.QuerySelector("svg.chart text.legend")!.TextContent);
        Assert.StartsWith("baseline threshold ", chart.QuerySelector("svg.chart text.threshold")!.TextContent, StringComparison.Ordinal);
        Assert.True(chart.QuerySelectorAll("svg.chart g.marker").Length >= 5, "the key moments are marked");
        Assert.Contains("drafted the first symptom moment", chart.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Single(document.QuerySelectorAll("svg.fishbone-diagram"));
    }

    [Fact]
    public async Task ForReport_NoKeyMomentWithStoredEvidence_HasNoChart()
    {
        var state = TestStates.Published();

        Assert.Empty(await Charts().ForReportAsync(state.Id, state.PostMortem));
    }

    [Fact]
    public async Task WordReport_WithTheReportsFigures_EmbedsEachAsAPngAtTheEndOfItsSection()
    {
        var state = await WithStoredEvidenceAsync();
        var report = WorkflowReport.Of(state, await Charts().ForReportAsync(state.Id, state.PostMortem));

        using var word = WordprocessingDocument.Open(new MemoryStream(WordReport.Render(state.PostMortem.Title, report.Markdown, report.Figures)), false);

        var main = word.MainDocumentPart!;
        Assert.Equal(2, main.ImageParts.Count());
        Assert.All(main.ImageParts, part =>
        {
            using var png = part.GetStream();
            var signature = new byte[8];
            png.ReadExactly(signature);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, signature);
        });
        var paragraphs = main.Document.Body!.Elements().ToList();
        int IndexOf(Func<DocumentFormat.OpenXml.OpenXmlElement, bool> match) => paragraphs.FindIndex(p => match(p));
        var timeline = IndexOf(p => p.InnerText.StartsWith("Timeline", StringComparison.Ordinal));
        var factors = IndexOf(p => p.InnerText.StartsWith("Contributing Factors", StringComparison.Ordinal));
        var actions = IndexOf(p => p.InnerText.StartsWith("Action Items", StringComparison.Ordinal));
        var pictures = paragraphs.Select((p, i) => (p, i)).Where(x => x.p.Descendants<Drawing>().Any()).Select(x => x.i).ToList();
        Assert.Equal(2, pictures.Count);
        Assert.InRange(pictures[0], timeline + 1, factors - 1);
        Assert.InRange(pictures[1], factors + 1, actions - 1);
        Assert.StartsWith("orders-api-5xx.json", paragraphs[pictures[0] + 1].InnerText.Replace("prometheus/", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith("Fishbone diagram", paragraphs[pictures[1] + 1].InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void SvgPicture_AChart_IsAPngTwiceItsViewBox()
    {
        var svg = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 120" width="100%"><text x="10" y="20">a &amp; b</text></svg>""";

        var picture = SvgPicture.ToPng(svg);

        Assert.NotNull(picture);
        Assert.Equal((600, 240), (picture.Value.Width, picture.Value.Height));
        Assert.Equal(0x89, picture.Value.Png[0]);
    }
}
