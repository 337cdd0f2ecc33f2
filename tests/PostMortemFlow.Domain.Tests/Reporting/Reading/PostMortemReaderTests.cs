using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Reporting.Reading;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Reporting.Reading;

/// <summary>The reader on post-mortems in the layouts real teams use, and on the quirks of each.</summary>
public class PostMortemReaderTests
{
    private static PostMortemDocument Read(string markdown) => PostMortemReader.Read(MarkdownBlocks.Read(markdown));

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static void AssertTimeline(PostMortem pm, params DateTimeOffset[] expected)
    {
        Assert.Equal(expected, pm.Timeline.Select(e => e.Time));
        Assert.All(pm.Timeline, e => Assert.False(e.ZoneNotStated));
    }

    [Theory]
    [MemberData(nameof(ForeignExamples.Files), MemberType = typeof(ForeignExamples))]
    public void Read_ForeignLayout_ReadsEveryTimelineRowAndActionItem(string file)
    {
        var pm = ForeignExamples.Read(file).PostMortem;

        Assert.InRange(pm.Timeline.Count, 3, 4);
        Assert.All(pm.Timeline, e => Assert.False(string.IsNullOrWhiteSpace(e.Event)));
        Assert.Equal(2, pm.ActionItems.Count);
        Assert.All(pm.ActionItems, i => Assert.False(string.IsNullOrWhiteSpace(i.Action)));
    }

    [Fact]
    public void Read_TimeHeadingsWithPstInSummer_ConvertsWithDaylightOffsetAndTakesEventFromParagraph()
    {
        var doc = ForeignExamples.Read(ForeignExamples.HeadingPerTime);
        var pm = doc.PostMortem;

        AssertTimeline(pm, Utc(2023, 6, 14, 16, 10), Utc(2023, 6, 14, 16, 32), Utc(2023, 6, 14, 17, 5), Utc(2023, 6, 14, 17, 40));
        Assert.StartsWith("People report that their builds", pm.Timeline[0].Event, StringComparison.Ordinal);
        Assert.Equal(["https://example.org/builder/issues/41", "https://example.org/deploy/issues/77"], pm.ActionItems.Select(i => i.TrackerLink));
        Assert.All(pm.ActionItems, i => Assert.Null(i.Owner));
        Assert.Contains(doc.Notes, n => n.Message.Contains("America/Los_Angeles", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BulletsWithDateLines_DatesEachRowAndKeepsTheZoneWhenLaterRowsDropIt()
    {
        var doc = ForeignExamples.Read(ForeignExamples.BulletsWithDateLines);
        var pm = doc.PostMortem;

        // "11:40 PM PST" on 2022-11-02 is still daylight time (it ended on 2022-11-06): UTC−7.
        AssertTimeline(pm, Utc(2022, 11, 3, 6, 40), Utc(2022, 11, 3, 8, 15), Utc(2022, 11, 3, 9, 2), Utc(2022, 11, 3, 9, 30));
        Assert.Equal(new DateTimeOffset(2022, 11, 3, 0, 0, 0, TimeSpan.Zero), pm.Incident.StartedAt);
        Assert.False(pm.Incident.DateNotStated);
        Assert.Equal(["Dana Whitfield <dana@example.org>"], pm.Authors);
        Assert.Contains(doc.Notes, n => n.Message == "section 'Appendix: chat log' not used");
    }

    [Fact]
    public void Read_BulletActionItems_TakesOwnersFromHandleOwnerFieldAndNameInBracketsAndKeepsLinks()
    {
        var pm = ForeignExamples.Read(ForeignExamples.BulletsWithDateLines).PostMortem;

        Assert.Equal(["@mkovacs", "Priya"], pm.ActionItems.Select(i => i.Owner));
        Assert.Equal("https://example.org/store/issues/12", pm.ActionItems[0].TrackerLink);
        Assert.All(pm.ActionItems, i => Assert.Null(i.Deadline));
    }

    [Fact]
    public void Read_DayDateTimeTable_TakesYearFromHeaderZoneFromTimeHeaderAndOffsetOfEachDate()
    {
        var pm = ForeignExamples.Read(ForeignExamples.DayDateTimeTable).PostMortem;

        // Pacific daylight time ended at 02:00 on 2021-11-07: the first two rows are UTC−7, the last UTC−8.
        AssertTimeline(pm, Utc(2021, 11, 7, 6, 50), Utc(2021, 11, 7, 7, 20), Utc(2021, 11, 7, 17, 15));
    }

    [Fact]
    public void Read_ActionItemTable_MapsColumnsByHeaderNotPosition()
    {
        var pm = ForeignExamples.Read(ForeignExamples.DayDateTimeTable).PostMortem;

        var first = pm.ActionItems[0];
        Assert.Equal("Alert when no peer has synced for 15 minutes", first.Action);
        Assert.Equal("Tomasz", first.Owner);
        Assert.Equal(new DateOnly(2021, 11, 30), first.Deadline);
        Assert.Equal(ActionItemStatus.Done, first.Status);
        Assert.Null(pm.ActionItems[1].Owner);
    }

    [Fact]
    public void Read_BugColumn_IsALinkNeverADeadline()
    {
        var pm = Read("""
            # Disk full

            ## Action Items

            | Action Item | Type | Owner | Bug |
            |---|---|---|---|
            | Rotate the build logs daily | prevent | jennifer | Bug 5554823 **TODO** |
            | Clean the disk | mitigate | docbrown | n/a **DONE** |
            """).PostMortem;

        Assert.All(pm.ActionItems, i => Assert.Null(i.Deadline));
        Assert.Equal(["Bug 5554823", null], pm.ActionItems.Select(i => i.TrackerLink));
        Assert.Equal([ActionItemStatus.Open, ActionItemStatus.Done], pm.ActionItems.Select(i => i.Status));
        Assert.Equal(["jennifer", "docbrown"], pm.ActionItems.Select(i => i.Owner));
    }

    [Fact]
    public void Read_FrontMatterAndBoldTimes_ReadsDateSeverityZoneInBracketsAndCheckboxes()
    {
        var doc = ForeignExamples.Read(ForeignExamples.FrontMatterBoldTimes);
        var pm = doc.PostMortem;

        Assert.Equal("Search was slow for European users", pm.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 0, 0, 0, TimeSpan.Zero), pm.Incident.StartedAt);
        Assert.Equal(Severity.Sev2, pm.Incident.Severity);
        Assert.False(pm.Incident.SeverityNotStated);
        AssertTimeline(pm, Utc(2024, 3, 12, 14, 51), Utc(2024, 3, 12, 15, 2), Utc(2024, 3, 12, 15, 30));
        Assert.Equal([ActionItemStatus.Done, ActionItemStatus.Open], pm.ActionItems.Select(i => i.Status));
        Assert.Equal("@lhansen", pm.ActionItems[1].Owner);
        Assert.Equal("https://example.org/search/pull/812", pm.ActionItems[0].TrackerLink);
    }

    [Fact]
    public void Read_DottedTimesWithoutZone_KeepsLocalTimeAndSaysZoneAndDateAreNotStated()
    {
        var doc = ForeignExamples.Read(ForeignExamples.DottedTimesNoZone);
        var pm = doc.PostMortem;

        Assert.Equal("Nightly test run failed on every branch", pm.Title);
        Assert.Equal(["10.42", "10.58", "11.20"], pm.Timeline.Select(e => e.TimeAsWritten));
        Assert.All(pm.Timeline, e => Assert.True(e.ZoneNotStated && e.DateNotStated));
        Assert.Equal(new TimeSpan(10, 42, 0), pm.Timeline[0].Time.TimeOfDay);
        Assert.True(pm.Incident.DateNotStated);
        Assert.True(pm.Incident.SeverityNotStated);
        Assert.Contains(doc.Notes, n => n.Message.Contains("time zone of the timeline", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_CauseSectionList_ReadsEachItemAsAFactor()
    {
        var pm = ForeignExamples.Read(ForeignExamples.DottedTimesNoZone).PostMortem;

        Assert.Equal(2, pm.Analysis.Factors.Count);
        Assert.StartsWith("The base image was rebuilt upstream", pm.Analysis.Factors[0].Description, StringComparison.Ordinal);
        Assert.Equal(ActionItemStatus.Done, pm.ActionItems[0].Status);
    }

    [Fact]
    public void Read_BoldFieldBlockAndPseudoHeadings_ReadsDateRootCauseBlockQuoteRowsAndIssueColumn()
    {
        var pm = ForeignExamples.Read(ForeignExamples.FieldBlock).PostMortem;

        Assert.Equal("Config rollout broke the scheduler", pm.Title);
        Assert.Equal(new DateTimeOffset(2018, 3, 9, 0, 0, 0, TimeSpan.Zero), pm.Incident.StartedAt);
        // PST8PDT: 2018-03-09 is standard time (UTC−8), 2018-03-12 daylight time (UTC−7).
        AssertTimeline(pm, Utc(2018, 3, 9, 17, 12), Utc(2018, 3, 9, 17, 40), Utc(2018, 3, 12, 17, 5));
        Assert.Single(pm.Analysis.Factors);
        Assert.Equal(ActionItemStatus.Done, pm.ActionItems[0].Status);
        Assert.Null(pm.ActionItems[0].TrackerLink);
        Assert.Equal("https://example.org/sched/issues/88", pm.ActionItems[1].TrackerLink);
    }

    [Fact]
    public void Read_DayFirstDates_ReadsDayBeforeMonthAndADayWithoutTime()
    {
        var doc = ForeignExamples.Read(ForeignExamples.DayFirstDates);
        var pm = doc.PostMortem;

        Assert.Equal(new DateTimeOffset(2025, 3, 14, 0, 0, 0, TimeSpan.Zero), pm.Incident.StartedAt);
        Assert.Equal(Severity.Sev2, pm.Incident.Severity);
        Assert.True(pm.Timeline[0].ClockNotStated);
        Assert.Equal(new DateTime(2025, 2, 28), pm.Timeline[0].Time.DateTime);
        Assert.Equal([Utc(2025, 3, 14, 7, 10), Utc(2025, 3, 14, 7, 55)], pm.Timeline.Skip(1).Select(e => e.Time));
        Assert.Contains(doc.Notes, n => n.Message.Contains("gives a day but no time", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ConfluenceExport_ReadsTableTaskListAndFactorsFromHtml()
    {
        var doc = ForeignExamples.Read(ForeignExamples.ConfluenceExport);
        var pm = doc.PostMortem;

        AssertTimeline(pm, Utc(2024, 9, 2, 8, 5), Utc(2024, 9, 2, 8, 12), Utc(2024, 9, 2, 8, 40));
        Assert.Equal("Ana", pm.Timeline[2].Actor);
        Assert.Equal(2, pm.Analysis.Factors.Count);
        Assert.Equal([ActionItemStatus.Done, ActionItemStatus.Open], pm.ActionItems.Select(i => i.Status));
        Assert.Equal(["@ana", "@jonas"], pm.ActionItems.Select(i => i.Owner));
        Assert.Equal("https://example.org/pay/issues/5", pm.ActionItems[0].TrackerLink);
        Assert.Contains(doc.Notes, n => n.Message == "section 'Appendix: chat log' not used");
    }

    [Theory]
    [InlineData("- 10:05 UTC — the alert fires", 10, 5)]
    [InlineData("- 2:54 PM UTC: the alert fires", 14, 54)]
    [InlineData("**14:51** the alert fires", 14, 51)]
    [InlineData("- [03-26 02:50] the alert fires", 2, 50)]
    [InlineData("- 10.42: the alert fires", 10, 42)]
    [InlineData("- 13:55 PM UTC: the alert fires", 13, 55)]
    [InlineData("- 2019-03-26T09:15Z the alert fires", 9, 15)]
    public void Read_TimelineRowForms_ReadsTimeAndEvent(string row, int hour, int minute)
    {
        var pm = Read($"# Outage on 2019-03-26\n\n## Timeline\n\n{row}\n").PostMortem;

        var entry = Assert.Single(pm.Timeline);
        Assert.Equal(new TimeSpan(hour, minute, 0), entry.Time.TimeOfDay);
        Assert.Equal(new DateTime(2019, 3, 26), entry.Time.Date);
        Assert.Equal("the alert fires", entry.Event);
    }

    [Theory]
    [InlineData("All times in PST", "2019-07-04", 17)]
    [InlineData("All times in PST", "2019-01-04", 18)]
    [InlineData("All times in PDT (UTC-7).", "2019-01-04", 17)]
    [InlineData("All times in GMT+2", "2019-07-04", 8)]
    [InlineData("All times in IST", "2019-07-04", 4)]
    [InlineData("All times in CEST", "2019-07-04", 8)]
    [InlineData("All times in BST", "2019-07-04", 9)]
    [InlineData("All times are in US/Pacific", "2019-07-04", 17)]
    [InlineData("(*all times UTC*)", "2019-07-04", 10)]
    public void Read_ZoneLine_ConvertsWithTheRealOffsetOfTheDate(string zoneLine, string date, int utcHour)
    {
        var pm = Read($"# Outage {date}\n\n## Timeline\n\n{zoneLine}\n\n- 10:00 the alert fires\n").PostMortem;

        var entry = Assert.Single(pm.Timeline);
        Assert.False(entry.ZoneNotStated);
        Assert.Equal(utcHour, entry.Time.UtcDateTime.Hour);
    }

    [Theory]
    [InlineData("# January 23rd, 2019 Prow Outage", 2019, 1, 23)]
    [InlineData("# Website Outage 5-26-21", 2021, 5, 26)]
    [InlineData("# 2019-03-26, Boskos outage", 2019, 3, 26)]
    [InlineData("# Outage\n\n## Date\n\n23 January 2019", 2019, 1, 23)]
    public void Read_DateWrittenAnywhere_IsTheIncidentDate(string markdown, int year, int month, int day)
    {
        var pm = Read(markdown).PostMortem;

        Assert.False(pm.Incident.DateNotStated);
        Assert.Equal(new DateOnly(year, month, day), DateOnly.FromDateTime(pm.Incident.StartedAt.UtcDateTime));
    }

    [Fact]
    public void Read_NothingStated_InventsNoDateSeverityZoneOrOwner()
    {
        var pm = Read("# Cache trouble\n\n## Timeline\n\n- 10:05 cache misses rise\n\n## Next steps\n\n- Add a cache hit-rate alert\n").PostMortem;

        Assert.True(pm.Incident.DateNotStated);
        Assert.True(pm.Incident.SeverityNotStated);
        Assert.True(Assert.Single(pm.Timeline).ZoneNotStated);
        Assert.Null(Assert.Single(pm.ActionItems).Owner);
    }

    [Theory]
    [InlineData("Timeline of events", "timeline")]
    [InlineData("Detailed timeline", "timeline")]
    [InlineData("Corrective actions", "actions")]
    [InlineData("Remediation", "actions")]
    [InlineData("Follow-ups", "actions")]
    [InlineData("What we're doing to fix this", "actions")]
    [InlineData("Contributing factors", "factors")]
    public void Read_SynonymHeadingsAtLevelThree_ReadTheSection(string heading, string expected)
    {
        var markdown = $"## Incident report\n\n### {heading}\n\n- 10:05 UTC: the queue stops\n- 10:20 UTC: the queue drains\n";

        var pm = Read(markdown).PostMortem;

        var counts = new Dictionary<string, int>
        {
            ["timeline"] = pm.Timeline.Count,
            ["actions"] = pm.ActionItems.Count,
            ["factors"] = pm.Analysis.Factors.Count,
        };
        Assert.Equal(2, counts[expected]);
        Assert.Equal(0, counts.Where(c => c.Key != expected).Sum(c => c.Value));
    }

    [Fact]
    public void Read_SectionsItDoesNotUse_GetANoteEach()
    {
        var doc = Read("# Outage\n\n## Stats\n\nThree graphs.\n\n## Timeline\n\nSome prose before the rows.\n\n- 10:05 UTC: queue stops\n");

        Assert.Contains(doc.Notes, n => n.Message == "section 'Stats' not used");
        Assert.Contains(doc.Notes, n => n.Message.StartsWith("paragraph 'Some prose before the rows.' in section 'Timeline' not used", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LogExcerptUnderARow_IsNotReadAsRows()
    {
        var pm = Read("# Outage 2024-10-24\n\n## Timeline\n\n- 08:15 errors seen\n    ```\n    2024-10-24T07:34:22Z fatal error\n    ```\n- 09:15 recovered\n").PostMortem;

        Assert.Equal(2, pm.Timeline.Count);
    }

    [Fact]
    public void Read_FiveWhysSection_IsOneFactorWithTheChainAsWhys()
    {
        var pm = Read("""
            # Queue backlog 2024-02-02

            ## Five whys

            1. Why did orders wait? The consumer stopped.
            2. Why did it stop? Its certificate expired.
            3. Why was that not seen? No alert watched expiry dates.
            """).PostMortem;

        var factor = Assert.Single(pm.Analysis.Factors);
        Assert.Equal(3, factor.Whys.Count);
        Assert.Equal("Why did orders wait? The consumer stopped.", factor.Description);
        Assert.EndsWith("No alert watched expiry dates.", factor.Whys[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TemplateExamples.MethodExample)]
    [InlineData(TemplateExamples.PaymentIncident)]
    [InlineData("api-degradation-2025-02-09.md")]
    public void IsStandardTemplate_TemplateFixtures_AreRecognised(string file)
    {
        Assert.True(MarkdownReportParser.IsStandardTemplate(TemplateExamples.Read(file)));
    }

    [Theory]
    [MemberData(nameof(ForeignExamples.Files), MemberType = typeof(ForeignExamples))]
    public void IsStandardTemplate_ForeignLayouts_AreNot(string file)
    {
        Assert.False(MarkdownReportParser.IsStandardTemplate(File.ReadAllText(ForeignExamples.PathOf(file))));
    }

    [Fact]
    public void Read_DayHeadingsAfterTheTimeline_DateTheTimeHeadingsBelowThem()
    {
        var pm = Read("""
            # Incident report May 12 2025 - provisioning

            ## Timeline

            _All times in EEST_

            ## May 12

            ### 23:00

            Nodes stop joining the pool.

            ## 15 May

            ### 11:39AM

            The fix is confirmed by the users.

            ## Action Items

            - [ ] Alert on nodes that fail to join
            """).PostMortem;

        AssertTimeline(pm, Utc(2025, 5, 12, 20, 0), Utc(2025, 5, 15, 8, 39));
        Assert.Equal("The fix is confirmed by the users.", pm.Timeline[1].Event);
        Assert.Single(pm.ActionItems);
    }

    [Fact]
    public void Read_LabelledFactors_KeepTheAuthorsWordsAndTakeTheCategoryFromTheLabel()
    {
        var pm = Read("""
            # Outage

            ## Contributing factors

            1. **Alerting gap**: nothing watched certificate expiry.
            2. **Retry amplification**: retries had no back-off.
            """).PostMortem;

        Assert.Equal(["Alerting gap: nothing watched certificate expiry.", "Retry amplification: retries had no back-off."],
            pm.Analysis.Factors.Select(f => f.Description));
        Assert.Equal([FactorCategory.Monitoring, FactorCategory.Other], pm.Analysis.Factors.Select(f => f.Category));
    }

    [Fact]
    public void Read_LabelledActionItemLineAndItemEndingInColon_AreBothItems()
    {
        var pm = Read("""
            # Outage

            ## Remediation

            - Stop pulling the moving tag on the build host.
            - There are two ways to get the new image:
              - pull it by digest
              - pull it under another tag

            **Action item:** Declare incidents as soon as an issue is confirmed. Owner: @lee
            """).PostMortem;

        Assert.Equal(3, pm.ActionItems.Count);
        Assert.Equal("@lee", pm.ActionItems[2].Owner);
        Assert.StartsWith("Declare incidents as soon", pm.ActionItems[2].Action, StringComparison.Ordinal);
    }
}
