using AngleSharp.Html.Parser;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Reporting;

public class HtmlReportRendererTests
{
    public static TheoryData<string> Payloads => new()
    {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "![pic](javascript:alert(1))",
        "<javascript:alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<svg onload=alert(1)></svg>",
        "<div onclick=\"alert(1)\">x</div>",
        "\n\n<script>alert(1)</script>\n\n",
        "x | <script>alert(1)</script>",
    };

    /// <summary>The payload in every free-text field of the model.</summary>
    private static PostMortem Hostile(string p)
    {
        var start = new DateTimeOffset(2025, 2, 9, 10, 5, 0, TimeSpan.Zero);
        return new PostMortem
        {
            Title = p,
            Incident = new Incident { Id = p, StartedAt = start, EndedAt = start.AddMinutes(30), AffectedServices = [p] },
            Authors = [p],
            Reviewers = [p],
            ExecutiveSponsor = p,
            Summary = p,
            RootCause = p,
            Impact = new Impact { Description = p },
            Timeline = [new TimelineEntry { Time = start, Event = p, Source = p, Actor = p, EvidenceRef = p, Kind = TimelineEntryKind.Detected }],
            Analysis = new Analysis
            {
                ImmediateCauses = [p],
                Factors = [new ContributingFactor { Description = p, Whys = [p, p] }],
                SystemicIssues = [p],
            },
            ActionItems = [new ActionItem { Id = p, Action = p, Owner = p, TrackerLink = p }],
            WhatWentWell = [p],
            LessonsLearned = [p],
            DataGaps = [new DataGap { Source = p, From = start, To = start.AddMinutes(5), Reason = p }],
        };
    }

    private static readonly string[] DiagramElements = ["title", "desc", "g", "line", "polyline", "polygon", "rect", "text", "tspan"];

    private static void AssertHarmless(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, iframe, img, object, embed, frame, frameset, link, meta[http-equiv], base, form, foreignObject"));
        // The only SVG is the report's own diagrams, each the first child of its figure and drawn with shapes and text alone.
        Assert.All(document.QuerySelectorAll("svg"), svg => Assert.True(svg.ParentElement is { LocalName: "figure" } f && f.ClassList.Contains("report-figure")));
        Assert.All(document.QuerySelectorAll("svg *"), e => Assert.Contains(e.LocalName, DiagramElements));
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{element.LocalName} has {attribute.Name}");
                Assert.DoesNotContain("javascript:", attribute.Value, StringComparison.OrdinalIgnoreCase);
            }
        }
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Render_PayloadInEveryFreeTextField_NothingExecutableSurvives(string payload)
    {
        AssertHarmless(HtmlReportRenderer.Render(Hostile(payload)));
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Render_PayloadReadBackFromMarkdown_NothingExecutableSurvives(string payload)
    {
        var parsed = MarkdownReportParser.Parse(MarkdownReportRenderer.Render(Hostile(payload))).PostMortem;

        AssertHarmless(HtmlReportRenderer.Render(parsed));
    }

    [Fact]
    public void FromMarkdown_RawHtmlInHandWrittenFile_ShownAsTextNotMarkup()
    {
        var html = HtmlReportRenderer.FromMarkdown("## Summary\n\n<script>alert(1)</script>\n\n<b onmouseover=alert(1)>hi</b>\n", "t");

        AssertHarmless(html);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TitleWithMarkup_EscapedInTitleElement()
    {
        var html = HtmlReportRenderer.Render(Hostile("</title><script>alert(1)</script>"));

        Assert.Contains("<title>Post-Mortem: &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; (2025-02-09)</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SeedExample_SelfContainedPrintablePage()
    {
        var html = HtmlReportRenderer.Render(SeedExample.Create());
        var document = new HtmlParser().ParseDocument(html);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("script, link, img, iframe"));
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.Equal("Post-Mortem: API degradation (2025-02-09)", document.Title);
        Assert.Equal("Post-Mortem: API degradation (2025-02-09)", document.QuerySelector("h1")?.TextContent);
        Assert.Equal(3, document.QuerySelectorAll("table").Length);
        Assert.Equal(9, document.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Length);
        Assert.Equal(
            ["Summary", "Impact", "Root Cause", "Timeline", "Contributing Factors", "Action Items", "What Went Well",
             "Lessons Learned", "Prevention", "Appendix: Validation Checklist"],
            document.QuerySelectorAll("h2").Select(h => h.TextContent));
    }

    [Fact]
    public void Render_NewlineInCell_BecomesLineBreak()
    {
        var postMortem = SeedExample.Create();
        postMortem = postMortem with
        {
            Timeline = postMortem.Timeline.SetItem(0, postMortem.Timeline[0] with { Event = "line one\nline two" }),
        };

        var document = new HtmlParser().ParseDocument(HtmlReportRenderer.Render(postMortem));

        var cell = document.QuerySelectorAll("table")[0].QuerySelector("tbody tr td:nth-child(2)");
        Assert.NotNull(cell?.QuerySelector("br"));
    }

    /// <summary>The figures that follow the h2 of <paramref name="heading"/>, before the next h2.</summary>
    private static List<AngleSharp.Dom.IElement> FiguresIn(AngleSharp.Html.Dom.IHtmlDocument document, string heading) =>
        [.. document.QuerySelectorAll("h2, figure").SkipWhile(e => !(e.LocalName == "h2" && e.TextContent.StartsWith(heading, StringComparison.Ordinal)))
            .Skip(1).TakeWhile(e => e.LocalName == "figure")];

    [Fact]
    public void Render_AnyReport_ShowsTheFishboneAtTheEndOfContributingFactors()
    {
        var postMortem = TestPostMortems.Valid();

        var document = new HtmlParser().ParseDocument(HtmlReportRenderer.Render(postMortem));

        var figure = Assert.Single(FiguresIn(document, "Contributing Factors"));
        var svg = figure.QuerySelector("svg.fishbone-diagram");
        Assert.NotNull(svg);
        Assert.Equal(8, svg.QuerySelectorAll("g.bone").Length);
        Assert.Equal(postMortem.Analysis.Factors.Count, svg.QuerySelectorAll("g.rib").Length);
        Assert.Contains("Fishbone diagram", figure.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(FiguresIn(document, "Timeline"));
    }

    [Fact]
    public void Render_WithAnEvidenceChart_ShowsItAtTheEndOfTheTimeline()
    {
        var postMortem = TestPostMortems.Valid();
        var series = new PostMortemFlow.Domain.Evidence.MetricSeries(new Dictionary<string, string> { ["service"] = "orders-api" },
            [.. Enumerable.Range(-20, 60).Select(m => new PostMortemFlow.Domain.Evidence.MetricSample(TestPostMortems.Start.AddMinutes(m), m is >= 0 and < 30 ? 12 : 0.1))]);
        var chart = ReportFigures.EvidenceChart(postMortem, "prometheus/orders-api-5xx.json", "rate(http_requests_total{code=~\"5..\"}[1m])", [series]);

        var document = new HtmlParser().ParseDocument(HtmlReportRenderer.Render(postMortem, null, null, [chart]));

        var figure = Assert.Single(FiguresIn(document, "Timeline"));
        Assert.Equal("rate(http_requests_total{code=~\"5..\"}[1m]) · service=orders-api", figure.QuerySelector("svg.chart text.legend")!.TextContent);
        Assert.StartsWith("baseline threshold ", figure.QuerySelector("svg.chart text.threshold")!.TextContent, StringComparison.Ordinal);
        Assert.True(figure.QuerySelectorAll("svg.chart g.marker").Length >= 5);
        Assert.Contains("prometheus/orders-api-5xx.json", figure.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Single(FiguresIn(document, "Contributing Factors"));
    }
}
