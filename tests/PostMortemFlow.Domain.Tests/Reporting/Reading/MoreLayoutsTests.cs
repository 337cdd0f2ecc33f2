using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Reporting.Reading;

namespace PostMortemFlow.Domain.Tests.Reporting.Reading;

/// <summary>
/// Layouts of real public post-mortems the reader had not seen, each with a sentence or row written for the test in
/// the shape the source uses.
/// </summary>
public class MoreLayoutsTests
{
    private static PostMortem Read(string markdown) => PostMortemReader.Read(MarkdownBlocks.Read(markdown)).PostMortem;

    [Theory]
    // The month as a word between year and day, as in a "- Date: ..." field list (cosmos/incidents hub/2025/0207_upgrade.md).
    [InlineData("# Patch release went wrong\n\n- Date: 2024-Mar-09\n", 2024, 3, 9)]
    // ... upper case (cosmos/incidents hub/2025/1126_block_times.md).
    [InlineData("# Slow blocks\n\n- Date: 2024-NOV-3\n", 2024, 11, 3)]
    // Day, month word and year with slashes, as a log writes it (turboflakes/postmortems README.md).
    [InlineData("# Node crash 14/Jun/2023\n", 2023, 6, 14)]
    [InlineData("# Node crash 02-Oct-2022\n", 2022, 10, 2)]
    public void Read_DateWithTheMonthAsAWordBetweenNumbers_IsTheIncidentDate(string markdown, int year, int month, int day)
    {
        var pm = Read(markdown);

        Assert.False(pm.Incident.DateNotStated);
        Assert.Equal(new DateOnly(year, month, day), DateOnly.FromDateTime(pm.Incident.StartedAt.UtcDateTime));
    }

    [Theory]
    // A time without a colon, the zone after it, the day only on the first row of each day (cosmos/incidents hub/2025/0207_upgrade.md).
    [InlineData("- Mar 9 0940 UTC: the release is tagged", 9, 9, 40)]
    [InlineData("- 2215 UTC: operators report a hash mismatch", 9, 22, 15)]
    [InlineData("- Mar 10 0105 UTC: most nodes sign again", 10, 1, 5)]
    public void Read_FourDigitTimeWithAZone_IsARow(string row, int day, int hour, int minute)
    {
        var pm = Read($"# Patch release went wrong\n\n- Date: 2024-Mar-09\n\n## Timeline\n\n{row}\n");

        var entry = Assert.Single(pm.Timeline);
        Assert.False(entry.ZoneNotStated);
        Assert.Equal(new DateTimeOffset(2024, 3, day, hour, minute, 0, TimeSpan.Zero), entry.Time);
    }

    [Theory]
    // Four digits with no zone, or a zone in lower case, are a number, not a time.
    [InlineData("- 1200 nodes were upgraded")]
    [InlineData("- 2024 ct scans were delayed")]
    public void Read_FourDigitsWithoutAZone_AreNotATime(string row)
    {
        var pm = Read($"# Patch release went wrong\n\n- Date: 2024-Mar-09\n\n## Timeline\n\n{row}\n");

        Assert.Empty(pm.Timeline);
    }

    [Fact]
    public void Read_FourDigitTimesAcrossDays_FollowTheDayOfTheRowsAbove()
    {
        var pm = Read("""
            # Patch release went wrong

            - Date: 2024-Mar-09

            ## Timeline

            - Mar 9 2250 UTC: the release is announced
            - 2310 UTC: operators are asked to upgrade
            - Mar 10 0117 UTC: the first operator reports a hash mismatch
            - 0133 UTC: operators are asked to roll back
            """);

        Assert.Equal(
            [new DateTimeOffset(2024, 3, 9, 22, 50, 0, TimeSpan.Zero), new DateTimeOffset(2024, 3, 9, 23, 10, 0, TimeSpan.Zero),
             new DateTimeOffset(2024, 3, 10, 1, 17, 0, TimeSpan.Zero), new DateTimeOffset(2024, 3, 10, 1, 33, 0, TimeSpan.Zero)],
            pm.Timeline.Select(e => e.Time));
    }

    [Theory]
    // The owner tagged before the action (cosmos/incidents general/2025/0505-github and hub/2025/1126_block_times.md).
    [InlineData("- [SRE] Rotate the deploy keys", "SRE", "Rotate the deploy keys")]
    [InlineData("- [Platform] Raise the block window in the fee module.", "Platform", "Raise the block window in the fee module.")]
    [InlineData("- [Ops + QA]: Rehearse the rollback on staging", "Ops + QA", "Rehearse the rollback on staging")]
    public void Read_OwnerTagBeforeTheAction_IsTheOwner(string line, string owner, string action)
    {
        var item = Assert.Single(Read($"# Outage\n\n## Action items\n\n{line}\n").ActionItems);

        Assert.Equal(owner, item.Owner);
        Assert.Equal(action, item.Action);
    }

    [Theory]
    // A tag that sorts the item, a priority, a link or a reference is not an owner.
    [InlineData("- [Monitoring] Add an alert on certificate expiry")]
    [InlineData("- [P1] Add an alert on certificate expiry")]
    [InlineData("- [Short-term] Add an alert on certificate expiry")]
    [InlineData("- [#2231]: Add an alert on certificate expiry")]
    [InlineData("- [Add an alert](https://example.org/issues/7) on certificate expiry")]
    [InlineData("- Add an alert on certificate expiry")]
    public void Read_TagThatIsNoOwner_LeavesTheOwnerNotStated(string line)
    {
        var item = Assert.Single(Read($"# Outage\n\n## Action items\n\n{line}\n").ActionItems);

        Assert.Null(item.Owner);
    }

    [Fact]
    public void Read_MonthDayAndTimeWithNoYearStated_KeepsTheRowsWithTheDateNotStated()
    {
        // Rows led by a month and day whose year the document never gives (cosmos/incidents hub/2025/0207_upgrade.md
        // and 1126_block_times.md write "Feb 7 1506 UTC" and "Nov 26"; only a Date field gives the year).
        var pm = Read("""
            # Checkout errors

            ## Timeline

            - Jan 14, 10:18 AM UTC: errors on checkout
            - Jan 14 1102 UTC: a bad config push is found
            """);

        Assert.Equal(["errors on checkout", "a bad config push is found"], pm.Timeline.Select(e => e.Event));
        Assert.All(pm.Timeline, e => Assert.True(e.DateNotStated));
        Assert.Equal([new TimeSpan(10, 18, 0), new TimeSpan(11, 2, 0)], pm.Timeline.Select(e => e.Time.TimeOfDay));
        Assert.True(pm.Incident.DateNotStated);
    }
}
