using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting.Reading;

namespace PostMortemFlow.Domain.Tests.Reporting.Reading;

/// <summary>
/// Timelines written in ways a Markdown parser or a clock reader takes wrongly: bullets indented into a code block,
/// hours without minutes or AM/PM, a second office's clock in brackets, a zone after a dash in the heading, an emoji
/// name before the heading. Each document is written for the test in the shape its source uses.
/// </summary>
public class TimelineQuirksTests
{
    private static PostMortem Read(string markdown) => PostMortemReader.Read(MarkdownBlocks.Read(markdown)).PostMortem;

    private static DateTimeOffset Utc(int month, int day, int hour, int minute) => new(2019, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Read_BulletsIndentedIntoACodeBlock_AreTheTimelineOnATwelveHourClock()
    {
        // taskcluster/taskcluster-retrospectives retrospectives/2019-03-20-leaked-task-creds.md and
        // 2016-06-06-large-task-backlog.md: four-space indented bullets, ":::::" after the time, no AM/PM after noon.
        var pm = Read("""
            # Leaked worker credentials 2019-04-09

            ## Timeline (PDT)
                - 11:16 ::::: the queue is deployed with extra logging
                - 11:54 ::::: the logs turn out to hold secrets; the deploy is rolled back
                - 12:16 ::::: the secrets are rotated
                - 1:52 ::::: old log drains are found still running
                - 3:31 ::::: clean-up done
                - 4pm ::::: trees reopened
            """);

        Assert.Equal([Utc(4, 9, 18, 16), Utc(4, 9, 18, 54), Utc(4, 9, 19, 16), Utc(4, 9, 20, 52), Utc(4, 9, 22, 31), Utc(4, 9, 23, 0)], pm.Timeline.Select(e => e.Time));
        Assert.All(pm.Timeline, e => Assert.False(e.ZoneNotStated));
        Assert.Equal("old log drains are found still running", pm.Timeline[3].Event);
    }

    [Fact]
    public void Read_TwentyFourHourClockThatWentPastNoon_KeepsItsMorningHoursAfterMidnight()
    {
        // A night that crosses midnight on a 24-hour clock: "01:10" after "23:40" is the next day, not the afternoon.
        var pm = Read("""
            # Night outage 2019-04-09

            ## Timeline (UTC)
            - 14:05 the nightly job starts
            - 23:40 the queue backs up
            - 1:10 the queue drains
            """);

        Assert.Equal(Utc(4, 10, 1, 10), pm.Timeline[2].Time);
    }

    [Fact]
    public void Read_SecondOfficesClockInBrackets_IsDroppedAndTheHeadingZoneApplies()
    {
        // decentraland/rca incidents/2026-06-18.md: "## Issue Timeline - UTC", numbered rows with the Buenos Aires
        // clock in brackets.
        var pm = Read("""
            # Outbound calls failing

            ## Issue Timeline - UTC

            1. 2019-06-18 21:30 (18:30 ART) - Evening rollout begins.
            2. 2019-06-18 22:00 (19:00 ART) - Outbound requests start failing.
            """);

        Assert.Equal([Utc(6, 18, 21, 30), Utc(6, 18, 22, 0)], pm.Timeline.Select(e => e.Time));
        Assert.Equal("Evening rollout begins.", pm.Timeline[0].Event);
        Assert.All(pm.Timeline, e => Assert.False(e.ZoneNotStated));
    }

    [Fact]
    public void Read_LeadupUnderAnEmojiName_IsTheTimeline()
    {
        // python-discord/infra docs/docs/post-mortems/posts/cascading-node-failures.md: ":warning: Leadup" with bold times.
        var pm = Read("""
            ---
            date: 2019-07-11
            ---
            # Cascading node failures

            ## :warning: Leadup

            - **00:27 UTC:** the web app opens connections to the database very fast
            - **00:32 UTC:** the team is alerted that the connection limit is reached

            ## :flying_disc: Impact

            Services on the node were down.
            """);

        Assert.Equal([Utc(7, 11, 0, 27), Utc(7, 11, 0, 32)], pm.Timeline.Select(e => e.Time));
        Assert.Equal("Services on the node were down.", pm.Impact.Description);
    }

    [Fact]
    public void Read_DayLineThatAlsoStatesTheZone_GivesBothToTheRowsBelow()
    {
        // ethereum/pm network-upgrade post-mortems: "**April 15, 2021 (all times in UTC)**" over "* 11:12 AM: …" bullets.
        var pm = Read("""
            # Fork incident

            ### Timeline of Events

            **May 3, 2019 (all times in UTC)**
            * 11:12 AM: the block explorer stops updating
            * 12:41 PM: a candidate fix is opened
            """);

        Assert.Equal([Utc(5, 3, 11, 12), Utc(5, 3, 12, 41)], pm.Timeline.Select(e => e.Time));
        Assert.All(pm.Timeline, e => Assert.False(e.ZoneNotStated));
    }

    [Fact]
    public void Read_ZoneLineWhoseLinkMakesItLong_StillStatesTheZone()
    {
        // ethereum/pm: "Note: all times listed are in [Pacific Time](https://…long converter link…)".
        var pm = Read("""
            # Testnet split

            ### Timeline of Events

            Note: all times listed are in [Pacific Time](https://time.example.com/converter.html?iso=20190721T180000&p1=tz_pt&p2=tz_utc)

            July 21, 2019

            * 3:39: the block is mined on the test network
            """);

        Assert.Equal(Utc(7, 21, 10, 39), Assert.Single(pm.Timeline).Time);
    }

    [Fact]
    public void Read_TimelineKeptInACodeBlock_IsRead()
    {
        // eqlabs/pathfinder: "All times given are in UTC." over a fenced block of "2023-06-17 18:05 …" lines.
        var pm = Read("""
            # Node outage

            ## Timeline

            All times given are in UTC.

            ```
            2019-06-17 18:05 Block 84 448 is created, nodes start failing
            2019-06-17 19:10 Issue reported by a user
            ```
            """);

        Assert.Equal([Utc(6, 17, 18, 5), Utc(6, 17, 19, 10)], pm.Timeline.Select(e => e.Time));
    }

    [Fact]
    public void Read_LogExcerptInACodeBlockUnderARow_IsNotRows()
    {
        var pm = Read("""
            # Node outage

            ## Timeline (UTC)

            - 2019-06-17 18:05 nodes start failing

            ```
            2019-06-17 18:05:01 ERROR state root mismatch
            2019-06-17 18:05:02 ERROR state root mismatch
            ```
            """);

        Assert.Single(pm.Timeline);
    }
}
