using PostMortemFlow.Domain.Reporting.Reading;

namespace PostMortemFlow.Domain.Tests.Reporting.Reading;

/// <summary>HTML exports as blocks: the markup Google Docs' "Web page" export and Confluence write.</summary>
public class HtmlBlocksTests
{
    // The shape of a Google Docs "Web page" export: the title as a paragraph of class "title", nested list levels as
    // separate flat lists whose class ends in the level, inline styles on spans.
    private const string GoogleDocsExport = """
        <html><head><style>.c1{font-weight:700}</style></head><body class="doc-content">
        <p class="c4 title" id="h.x1"><span class="c1">DNS outage 2021-04-12</span></p>
        <h2 class="c2" id="h.x2"><span>Action items</span></h2>
        <ul class="c3 lst-kix_abc-0 start"><li class="c0 li-bullet-0"><span>Lower the TTL of the API record</span></li></ul>
        <ul class="c3 lst-kix_abc-1 start"><li class="c0 li-bullet-0"><span>see </span><span><a href="https://example.org/dns/7">DNS-7</a></span></li></ul>
        <pre>dig api.example.org</pre>
        </body></html>
        """;

    [Fact]
    public void Read_GoogleDocsExport_GivesTitleHeadingNestedListsLinksAndCode()
    {
        var blocks = HtmlBlocks.Read(GoogleDocsExport).Blocks;

        Assert.Equal(new BlockHeading(1, 1, "DNS outage 2021-04-12"), blocks[0]);
        Assert.Equal(new BlockHeading(2, 2, "Action items"), blocks[1]);
        Assert.Equal(new BlockListItem(3, 0, "Lower the TTL of the API record"), blocks[2]);
        Assert.Equal(new BlockListItem(4, 1, "see [DNS-7](https://example.org/dns/7)"), blocks[3]);
        Assert.Equal(new BlockCode(5, "dig api.example.org"), blocks[4]);
    }

    [Fact]
    public void Read_GoogleDocsExportThroughTheReader_SubItemsAddTheirLinkToTheItemAbove()
    {
        var pm = PostMortemReader.Read(HtmlBlocks.Read(GoogleDocsExport)).PostMortem;

        var item = Assert.Single(pm.ActionItems);
        Assert.Equal("Lower the TTL of the API record", item.Action);
        Assert.Equal("https://example.org/dns/7", item.TrackerLink);
        Assert.Equal("DNS outage 2021-04-12", pm.Title);
    }
}
