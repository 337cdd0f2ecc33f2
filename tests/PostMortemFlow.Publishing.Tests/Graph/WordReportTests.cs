using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Graph;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Publishing.Tests.Graph;

public sealed class WordReportTests
{
    private static Body Render(string markdown)
    {
        var bytes = WordReport.Render("Report", markdown);
        var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return document.MainDocumentPart!.Document.Body!;
    }

    [Fact]
    public void Render_TheSeedReport_HasTheTimelineAndActionItemsAsTables()
    {
        var body = Render(WorkflowReport.Of(TestStates.Published()).Markdown);

        var tables = body.Elements<Table>().ToList();
        Assert.True(tables.Count >= 2, $"expected the timeline and action items as tables, found {tables.Count}");
        var items = tables.Single(t => t.Elements<TableRow>().First().InnerText.Contains("Owner", StringComparison.Ordinal));
        Assert.Contains(items.Elements<TableRow>(), r => r.InnerText.StartsWith("AI-001", StringComparison.Ordinal));
        Assert.DoesNotContain("|", body.InnerText, StringComparison.Ordinal);
        Assert.DoesNotContain("**", body.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Emphasis_BecomesBoldAndItalicRuns()
    {
        var body = Render("Some **bold** and *leaning* text.\n\n- first\n- second\n\n1. one\n2. two\n");

        var runs = body.Descendants<Run>().ToList();
        Assert.Contains(runs, r => r.InnerText == "bold" && r.RunProperties!.Bold is not null);
        Assert.Contains(runs, r => r.InnerText == "leaning" && r.RunProperties!.Italic is not null);
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("• first", paragraphs);
        Assert.Contains("2. two", paragraphs);
    }

    [Fact]
    public void Render_RawHtml_IsNotRendered()
    {
        var body = Render("Hello <script>alert(1)</script> world");

        Assert.DoesNotContain("<script>", body.InnerXml, StringComparison.Ordinal);
    }
}
