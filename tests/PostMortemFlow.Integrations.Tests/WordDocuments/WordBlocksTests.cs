using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting.Reading;
using PostMortemFlow.Integrations.WordDocuments;

namespace PostMortemFlow.Integrations.Tests.WordDocuments;

/// <summary>A Word post-mortem, laid out as dfds/postmortems writes its reports (a Time | Event table, "All times in UTC.", bulleted factors and actions), read into blocks and then by the reader.</summary>
public class WordBlocksTests
{
    private static MemoryStream Incident() => new WordDocumentBuilder()
        .Heading(0, "Ingress answered 503 on 2022-05-04")
        .Heading(1, "Timeline")
        .Paragraph("All times in UTC.")
        .Table(["Time", "Event"], ["09:10", "Ingress pods restart after a node drain"], ["09:25", "Load balancer targets healthy again"])
        .Heading(1, "Contributing factors")
        .ListItem(0, "The drain did not wait for the load balancer to deregister targets.")
        .ListItem(0, "No alert watched the share of 503 answers.")
        .Heading(1, "Action items")
        .ListItem(0, "☒ Wait for deregistration before draining, owner: @ole ", "NET-12", "https://example.org/net/issues/12")
        .ListItem(1, "covered by the drain script change")
        .ListItem(0, "☐ Alert when more than 1 % of answers are 503")
        .Build();

    [Fact]
    public void Read_WordDocument_GivesHeadingsParagraphsListsAndTables()
    {
        using var docx = Incident();

        var blocks = WordBlocks.Read(docx).Blocks;

        Assert.Equal(new BlockHeading(1, 1, "Ingress answered 503 on 2022-05-04"), blocks[0]);
        var table = Assert.IsType<BlockTable>(blocks[3]);
        Assert.Equal(["Time", "Event"], table.Header.AsEnumerable());
        Assert.Equal(2, table.Rows.Length);
        var nested = blocks.OfType<BlockListItem>().Single(i => i.Depth == 1);
        Assert.Equal("covered by the drain script change", nested.Text);
        Assert.Equal([null, null, true, null, false], blocks.OfType<BlockListItem>().Select(i => i.Checked));
    }

    [Fact]
    public void Read_WordDocumentThroughTheReader_ReadsTimelineInUtcFactorsAndActionItemsWithLinks()
    {
        using var docx = Incident();

        var pm = PostMortemReader.Read(WordBlocks.Read(docx)).PostMortem;

        Assert.Equal(new DateOnly(2022, 5, 4), DateOnly.FromDateTime(pm.Incident.StartedAt.UtcDateTime));
        Assert.Equal([new DateTimeOffset(2022, 5, 4, 9, 10, 0, TimeSpan.Zero), new DateTimeOffset(2022, 5, 4, 9, 25, 0, TimeSpan.Zero)], pm.Timeline.Select(e => e.Time));
        Assert.Equal(2, pm.Analysis.Factors.Count);
        Assert.Equal(2, pm.ActionItems.Count);
        Assert.Equal("@ole", pm.ActionItems[0].Owner);
        Assert.Equal("https://example.org/net/issues/12", pm.ActionItems[0].TrackerLink);
        Assert.Equal([ActionItemStatus.Done, ActionItemStatus.Open], pm.ActionItems.Select(i => i.Status));
    }

    [Fact]
    public void Read_NotAWordDocument_ThrowsInvalidData()
    {
        using var notDocx = new MemoryStream("# just Markdown"u8.ToArray());

        Assert.Throws<InvalidDataException>(() => WordBlocks.Read(notDocx));
    }

    [Fact]
    public void Read_GoogleDocsChecklist_ReadsTheCheckboxAndADoneItemStruckThrough()
    {
        using var docx = new WordDocumentBuilder()
            .Heading(0, "Signing key expired")
            .Heading(1, "Follow-ups")
            .ChecklistItem("Rotate the signing key", done: true)
            .ChecklistItem("Alert on key age above 90 days", done: false)
            .Build();

        var blocks = WordBlocks.Read(docx);
        var pm = PostMortemReader.Read(blocks).PostMortem;

        Assert.Equal([true, false], blocks.Blocks.OfType<BlockListItem>().Select(i => i.Checked));
        Assert.Equal([ActionItemStatus.Done, ActionItemStatus.Open], pm.ActionItems.Select(i => i.Status));
        Assert.Equal("Rotate the signing key", pm.ActionItems[0].Action);
    }
}
