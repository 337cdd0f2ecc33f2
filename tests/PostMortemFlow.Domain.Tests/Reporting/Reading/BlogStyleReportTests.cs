using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting.Reading;

namespace PostMortemFlow.Domain.Tests.Reporting.Reading;

/// <summary>
/// Reports written as a post or a status page rather than from a template: items announced in prose, a zone given
/// only in the prose, a rule line that looks like front matter, response steps under Resolution, and a status list
/// that repeats the table above it. Each document is written for the test in the shape its source uses.
/// </summary>
public class BlogStyleReportTests
{
    private static PostMortem Read(string markdown) => PostMortemReader.Read(MarkdownBlocks.Read(markdown)).PostMortem;

    [Fact]
    public void Read_ListAnnouncedInProse_IsTheActionItems()
    {
        // hexpm/hexpm blog post on expired certificates: no headings but the title, the measures under
        // "To prevent similar issues in the future, we've made a few changes …:".
        var pm = Read("""
            ## 2024-03-02 Package index outage

            The index certificates expired overnight.

            To prevent similar issues in the future, we've made a few changes:

            1. A nightly job now renews the certificates and alerts on errors.
            2. A daily check verifies every domain has two weeks left.
            """);

        Assert.Equal(["A nightly job now renews the certificates and alerts on errors.", "A daily check verifies every domain has two weeks left."],
            pm.ActionItems.Select(i => i.Action));
    }

    [Fact]
    public void Read_AdviceToReaders_IsNotTheTeamsItems()
    {
        // pypi/warehouse: "Some things you can do to help prevent this kind of attack in the future:".
        var pm = Read("""
            # Phishing report

            ## Closing

            Some things you can do to help prevent this kind of attack in the future:

            * Remove accounts you no longer use.
            """);

        Assert.Empty(pm.ActionItems);
    }

    [Fact]
    public void Read_ZoneGivenOnlyInProseForTheSameClock_AppliesToTheRows()
    {
        // wireapp/wire-docs: rows "*2023-01-04 05:16*: …" and, in the text, "beginning from UTC 05:13".
        var pm = Read("""
            # Website outage

            Short outages were seen beginning from UTC 05:13.

            ## Timeline

            *2019-01-04 05:13*: The website monitor raised an alert.<br />
            *2019-01-04 09:15*: An internal investigation started.
            """);

        Assert.Equal([new DateTimeOffset(2019, 1, 4, 5, 13, 0, TimeSpan.Zero), new DateTimeOffset(2019, 1, 4, 9, 15, 0, TimeSpan.Zero)], pm.Timeline.Select(e => e.Time));
        Assert.All(pm.Timeline, e => Assert.False(e.ZoneNotStated));
    }

    [Fact]
    public void Read_ProseZoneForADifferentClock_LeavesTheZoneNotStated()
    {
        var pm = Read("""
            # Website outage

            The provider's status page said 11:00 UTC.

            ## Timeline

            - 2019-01-04 05:13 the monitor raised an alert
            """);

        Assert.True(Assert.Single(pm.Timeline).ZoneNotStated);
    }

    [Fact]
    public void Read_RuleLineAtTheTopWithAnotherBelow_IsNotFrontMatter()
    {
        // A home-lab report opening with "---", a blank line and "# Incident Report", and another "---" at the end.
        var pm = Read("""
            ---

            # Incident Report: laptop boot failure

            **Severity:** P2

            ## Prevention

            - Rebuild the initramfs after every kernel update

            ---
            """);

        Assert.Equal("laptop boot failure", pm.Title);
        Assert.Equal("Rebuild the initramfs after every kernel update", Assert.Single(pm.ActionItems).Action);
    }

    [Fact]
    public void Read_ResponseStepsUnderResolution_AreNotActionItems()
    {
        // r0cket AS214503 reports: "**Immediate Actions**:" and "**Recovery Actions Completed**:" under "## Resolution",
        // the follow-ups under "## Prevention Measures".
        var pm = Read("""
            # Transit link down

            ## Resolution

            **Immediate Actions**:
            - Shut the flapping port
            - Rerouted traffic to the second uplink

            ## Prevention Measures

            - **Spares**: keep a spare optic in each site
            """);

        Assert.Equal("Spares: keep a spare optic in each site", Assert.Single(pm.ActionItems).Action);
    }

    [Fact]
    public void Read_StatusListRepeatingTheTableAbove_IsNotReadTwice()
    {
        // A report with a "## Follow-up Actions" table and an "## Action Items Status" checklist of the same items.
        var pm = Read("""
            # Certificate loss

            ## Follow-up Actions

            | Action Item | Owner | Status |
            |---|---|---|
            | Probe certificate expiry and alert | @ana | open |
            | Rotate the proxy admin password | @ana | open |

            ## Action Items Status

            - [ ] Certificate expiry probe
            - [ ] Admin password rotation
            """);

        Assert.Equal(2, pm.ActionItems.Count);
        Assert.All(pm.ActionItems, i => Assert.Equal("@ana", i.Owner));
    }

    [Fact]
    public void Read_FrontMatterDateOfAPostAboutAnEarlierDay_IsNotTheIncidentDate()
    {
        // leapdao/leapdao-website: title "Postmortem for the Mainnet incident on 17th June 2019", date 2019-07-02.
        var pm = Read("""
            ---
            title: "Postmortem for the bridge incident on 4th May 2019"
            date: 2019-05-20 15:00:00
            ---
            The bridge stopped accepting exits.
            """);

        Assert.Equal(new DateOnly(2019, 5, 4), DateOnly.FromDateTime(pm.Incident.StartedAt.UtcDateTime));
    }

    [Fact]
    public void Read_FrontMatterIncidentStart_IsTheIncidentDateRatherThanThePostsDate()
    {
        // A report generated from a tracker: "date" is when it was written, "incident_start" when it began.
        var pm = Read("""
            ---
            title: "Postmortem: certificate loss"
            date: "2019-10-02"
            incident_start: "2019-10-01 09:45 UTC"
            ---
            # Postmortem: certificate loss
            """);

        Assert.Equal(new DateOnly(2019, 10, 1), DateOnly.FromDateTime(pm.Incident.StartedAt.UtcDateTime));
    }

    [Fact]
    public void Read_TimelineASentenceAnnouncesInsideAnotherSection_IsReadAsRows()
    {
        // replit/blog: "Here is the timeline of what happened, all times in Pacific Time:" under "# Technical details",
        // rows "* 10:28 on May 18, a regular build went out …".
        var pm = Read("""
            # Downtime report

            # Technical details

            Here is the timeline of what happened, all times in Pacific Time:

            * 10:28 on May 18, 2019, a regular build went out to production.
            * 11:45, the pipeline pushed the configuration to every cluster.
            """);

        Assert.Equal([new DateTimeOffset(2019, 5, 18, 17, 28, 0, TimeSpan.Zero), new DateTimeOffset(2019, 5, 18, 18, 45, 0, TimeSpan.Zero)],
            pm.Timeline.Select(e => e.Time));
    }

    [Fact]
    public void Read_ActionsTakenLogWithTimes_IsTheTimelineNotActionItems()
    {
        // replit/blog: "# What actions has Replit taken so far?" over "We took the following actions to remedy (all times
        // US Pacific Time):" and a log of timed bullets.
        var pm = Read("""
            # Token exposure

            # What actions have we taken so far?

            We took the following actions to remedy (all times US Pacific Time):

            * **Sunday, April 7, 2019**
            * 11:21: An internal incident was opened.
            * 11:48: The import feature was turned off.
            """);

        Assert.Empty(pm.ActionItems);
        Assert.Equal([new DateTimeOffset(2019, 4, 7, 18, 21, 0, TimeSpan.Zero), new DateTimeOffset(2019, 4, 7, 18, 48, 0, TimeSpan.Zero)],
            pm.Timeline.Select(e => e.Time));
    }

    [Fact]
    public void Read_TitleDayWithoutAYear_TakesThePostsYear()
    {
        // replit/blog: title "May 18 Replit downtime", date 2023-05-20.
        var pm = Read("""
            ---
            title: May 18 storage downtime
            date: 2019-05-20T02:00:00Z
            ---
            Two days ago the storage layer stopped serving writes.
            """);

        Assert.Equal(new DateOnly(2019, 5, 18), DateOnly.FromDateTime(pm.Incident.StartedAt.UtcDateTime));
    }

    [Fact]
    public void Read_MeasuresUnderTheirOwnHeadingsWithTablesAndCode_AreOneItemEach()
    {
        // IIP-Design/lab-tools docs/_postmortems: "## Corrective Actions" over "### Public User Check" and
        // "### Introspection", each with a paragraph, a code block or a schema table as its detail.
        var pm = Read("""
            # API exposure

            ## Corrective Actions

            ### Require an id

            A wrapper now checks that the profile has a real id.

            ```js
            export const requiresId = () => {};
            ```

            ### Introspection

            We should turn introspection off in production. These queries depend on it:

            | Resolver | Query |
            | -------- | ----- |
            | Region   | country |
            """);

        Assert.Equal(["Require an id", "Introspection"], pm.ActionItems.Select(i => i.Action));
    }

    [Fact]
    public void Read_DataTableUnderFollowUps_IsNotActionItems()
    {
        // IIP-Design/lab-tools: a table of DNS records that were removed, under the follow-up section.
        var pm = Read("""
            # Bucket takeover

            ## Follow-up

            These old records were removed:

            | type  | name                     |
            | ----- | ------------------------ |
            | CNAME | files.example.org        |
            | A     | www.files.example.org    |
            """);

        Assert.Empty(pm.ActionItems);
    }
}
