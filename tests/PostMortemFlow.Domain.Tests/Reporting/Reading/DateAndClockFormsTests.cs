using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Reporting.Reading;

namespace PostMortemFlow.Domain.Tests.Reporting.Reading;

/// <summary>
/// Dates and clocks from a further round of public post-mortems (a rollup chain's incident notes, a build service's
/// blog post-mortems), each written for the test in the shape the source uses.
/// </summary>
public class DateAndClockFormsTests
{
    private static PostMortemDocument Document(string markdown) => PostMortemReader.Read(MarkdownBlocks.Read(markdown));

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Read_DateThenFourDigitClock_IsA24HourTimeInTheHeadingsZone()
    {
        // kroma-network/kroma postmortems: "## Timeline (UTC)" then "- 2024-04-01 0251: …", no colon in the clock.
        var pm = Document("""
            # Sequencer produced a bad block

            ## Timeline (UTC)

            - 2024-04-01 0251: a block with unchecked receipts was produced
            - 2024-04-01 0358: sequencer and RPC nodes stopped
            - 2024-04-02 0015: recovery finished
            """).PostMortem;

        Assert.Equal([Utc(2024, 4, 1, 2, 51), Utc(2024, 4, 1, 3, 58), Utc(2024, 4, 2, 0, 15)], pm.Timeline.Select(e => e.Time));
        Assert.All(pm.Timeline, e => Assert.False(e.ZoneNotStated));
        Assert.Equal("a block with unchecked receipts was produced", pm.Timeline[0].Event);
    }

    [Theory]
    [InlineData("- Jan 14 2019 - a version bump")]
    [InlineData("- 2019: the year the cluster was built")]
    public void Read_FourDigitsThatCanBeAYear_AreNotAClock(string row)
    {
        var pm = Document($$"""
            # Old cluster notes

            ## Timeline (UTC)

            {{row}}
            """).PostMortem;

        Assert.DoesNotContain(pm.Timeline, e => e.Time.Hour == 20 && e.Time.Minute == 19);
    }

    [Fact]
    public void Read_DottedDayFirstDateLine_DatesTheBareItalicTimesInTheHeadingsZone()
    {
        // openSUSE/obs-landing post-mortems: "**Date**: 03.08.2023", then "## Timeline (CEST)" with "- *09:03* …".
        var document = Document("""
            ---
            title: "Post-mortem: Database cluster ran out of space"
            ---

            **Date**: 03.08.2023

            ## Timeline (CEST)
            - *09:03* Deployment with the migration started
            - *13:37* Database cluster crashed
            """);

        Assert.Equal([Utc(2023, 8, 3, 7, 3), Utc(2023, 8, 3, 11, 37)], document.PostMortem.Timeline.Select(e => e.Time));
        Assert.Equal("Deployment with the migration started", document.PostMortem.Timeline[0].Event);
    }

    [Fact]
    public void Read_DateOnlyInTheOpeningProse_DatesTheTimeline_AndSaysWhereItWasRead()
    {
        // openSUSE/obs-landing: "On December 7, 2023 for 35 minutes …" is the only date; "## Timeline (CET)" has bare times.
        var document = Document("""
            ---
            title: "Severe service degradation"
            ---
            On December 7, 2023 for 35 minutes the front end answered slowly or not at all.

            ## Timeline (CET)
            - *14:15* Alerts about the request queue fired
            - *14:50* The queue drained
            """);

        Assert.Equal([Utc(2023, 12, 7, 13, 15), Utc(2023, 12, 7, 13, 50)], document.PostMortem.Timeline.Select(e => e.Time));
        Assert.Contains(document.Notes, n => n.Message == "Date 2023-12-07 read from the opening text.");
    }

    [Fact]
    public void Read_ActionItemTableUnderResolution_IsReadAsTheActionItemsWithTheirOwners()
    {
        // openSUSE/obs-landing: "## Resolution" ends "… created follow up action items:" and a "| Action Item | Owner |" table.
        var pm = Document("""
            # Service degradation

            ## Resolution

            We rode it out and wrote follow-up work down:

            | Action Item | Owner |
            |---|---|
            | Review the concurrency of the sync requests | Backend team |
            | Scale the sync workers | Platform team |
            """).PostMortem;

        Assert.Equal([("Review the concurrency of the sync requests", "Backend team"), ("Scale the sync workers", "Platform team")],
            pm.ActionItems.Select(i => (i.Action, i.Owner)));
    }

    [Fact]
    public void Read_FormKeptAsOneList_EachLabelledBulletOverItsNestedItems_IsASection()
    {
        // ministryofjustice/cloud-platform incident pages: "- **Resolution**:" and "- **Review actions**:" bullets, each
        // with its nested list.
        var pm = Document("""
            # Incident on 2023-09-18 - Nodes ran out of disk

            - **Impact**: Some deployments could not be scheduled.

            - **Resolution**:
              - The smaller root volume of the new nodes was found
              - The launch template was fixed

            - **Review actions**:
              - Compare launch template changes during module upgrades
              - Alert on root volume use before it is full
            """).PostMortem;

        Assert.Equal(["Compare launch template changes during module upgrades", "Alert on root volume use before it is full"],
            pm.ActionItems.Select(i => i.Action));
    }

    [Fact]
    public void Read_ActionItemsAsSubHeadingsWithAParagraphEach_AreOneItemPerHeading()
    {
        // kroma-network/kroma postmortems: "# Future works" over "## Removal of the `--flag`" and its paragraph.
        var pm = Document("""
            # Sequencer produced a bad block

            ## Timeline (UTC)

            - 2024-04-01 0251: a block with unchecked receipts was produced

            # Future works

            ## Removal of the `--l1.trust` flag

            The flag skips validating receipts; it will be turned off on every node.

            ## Monitoring of partner blocks

            Blocks from partners will be compared with ours as they arrive.
            """).PostMortem;

        Assert.Equal(["Removal of the --l1.trust flag", "Monitoring of partner blocks"], pm.ActionItems.Select(i => i.Action));
    }
}
