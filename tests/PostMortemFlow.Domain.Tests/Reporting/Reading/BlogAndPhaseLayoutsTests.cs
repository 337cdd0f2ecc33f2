using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Reporting.Reading;

namespace PostMortemFlow.Domain.Tests.Reporting.Reading;

/// <summary>
/// Forms from a further round of public post-mortems (a Hugo blog titled in its front matter, a status report with
/// phases and two clocks per row, a scraper incident with approximate heading times, a table left from a template),
/// each written for the test in the shape the source uses.
/// </summary>
public class BlogAndPhaseLayoutsTests
{
    private static PostMortemDocument Document(string markdown) => PostMortemReader.Read(MarkdownBlocks.Read(markdown));

    private static PostMortem Read(string markdown) => Document(markdown).PostMortem;

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);

    [Fact]
    public void Read_BlogTitledInFrontMatter_OpeningWithTimeline_ReadsTheTimelineWithItsLinkedZone()
    {
        // hachyderm/community blog posts: "# Timeline" is the post's first heading; the zone sentence links to Wikipedia;
        // rows are "- **18:53** `@handle` …" and "- Dec 16th **12:43** `@handle` …".
        var pm = Read("""
            ---
            date: 2022-12-15
            title: "Uploads timed out for an hour"
            ---

            Uploads failed for about an hour on Thursday.

            # Timeline

            All events are documented in [UTC](https://example.org/wiki/UTC) time.

             - **18:53** `@ines` First report of failed uploads in chat
             - Dec 16th **00:12** `@tomas` Disk cleanup finished
            """);

        Assert.Equal("Uploads timed out for an hour", pm.Title);
        Assert.Equal([Utc(2022, 12, 15, 18, 53), Utc(2022, 12, 16, 0, 12)], pm.Timeline.Select(e => e.Time));
        Assert.All(pm.Timeline, e => Assert.False(e.ZoneNotStated));
        Assert.StartsWith("`@ines` First report", pm.Timeline[0].Event, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PhasesUnderTheTimeline_WithTwoClocksPerRow_KeepsEveryRowInUtcAndDropsTheSecondClock()
    {
        // A validator's report: "#### **Phase n: … Recovery (…)**" groups rows "- **23:15 UTC / 16:15 PDT**: …",
        // with second-precise ranges, under "### Timeline"; the date is a range of days in the title.
        var pm = Read("""
            # Relay stalls on August 18-19, 2025

            ### Timeline

            #### **Phase 1: Slowdown (23:15-00:30 UTC / 16:15-17:30 PDT)**
            - **23:15 UTC / 16:15 PDT**: Block production slows down

            #### **Phase 2: Recovery (00:30-00:40 UTC / 17:30-17:40 PDT)**
            - **00:33:20-00:33:24 UTC / 17:33:20-17:33:24 PDT**: The relay restarts
            """);

        Assert.Equal(new DateOnly(2025, 8, 18), DateOnly.FromDateTime(pm.Incident.StartedAt.UtcDateTime));
        Assert.Equal([Utc(2025, 8, 18, 23, 15), Utc(2025, 8, 19, 0, 33, 20)], pm.Timeline.Select(e => e.Time));
        Assert.Equal(["Block production slows down", "The relay restarts"], pm.Timeline.Select(e => e.Event));
    }

    [Fact]
    public void Read_HeadingTimeWithATildeAndASpace_IsARowInTheStatedZone()
    {
        // EDGI web-monitoring incident reports: "### 2019-01-18 ~ 22:00" headings under "All times in EST."
        var pm = Read("# Crawler stopped\n\nAll times in EST.\n\n## Timeline\n\n### 2019-01-18 ~ 22:00\n\nThe crawler stops saving pages.\n");

        var entry = Assert.Single(pm.Timeline);
        Assert.Equal(Utc(2019, 1, 19, 3, 0), entry.Time);
    }

    [Fact]
    public void Read_TemplatePlaceholders_AreNeitherItemsNorOwners()
    {
        // status-im: an action table whose Owner says "???" and whose last row is the template's "... another item";
        // EDGI: "- N/A" under Action Items.
        var document = Document("""
            # App release slipped

            ## Action Items

            | Item | Type | Owner | Status |
            |---|---|---|---|
            | Write the release checklist | prevent | ??? | **TODO** |
            | ... another item | mitigate/prevent | ?? | **TODO** |

            ## Follow-ups

            - N/A
            """);

        var item = Assert.Single(document.PostMortem.ActionItems);
        Assert.Equal("Write the release checklist", item.Action);
        Assert.Null(item.Owner);
        Assert.Contains(document.Notes, n => n.Message.Contains("placeholder", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NumberedSubHeadingsUnderAnActionSection_AreItemsWithTheirOwners()
    {
        // hachyderm: "# Resulting Action" with "#### 1) Cron cleanup scheduled `@handle`" and a paragraph under each;
        // a relay's report: "## Looking Forward" with a numbered list.
        var pm = Read("""
            # Database disk filled up

            # Resulting Action

            #### 1) Archive cleanup scheduled `@ines`

            A nightly job removes archives older than five days.

            #### 2) Disk alerts configured `@tomas`

            ## Looking Forward

            1. Load-test the simulator before each release
            """);

        Assert.Equal(["Archive cleanup scheduled @ines", "Disk alerts configured @tomas", "Load-test the simulator before each release"],
            pm.ActionItems.Select(i => i.Action));
        Assert.Equal(["@ines", "@tomas", null], pm.ActionItems.Select(i => i.Owner));
    }
}
