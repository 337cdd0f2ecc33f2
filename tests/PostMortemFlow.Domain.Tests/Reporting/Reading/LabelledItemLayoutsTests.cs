using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Reporting.Reading;

namespace PostMortemFlow.Domain.Tests.Reporting.Reading;

/// <summary>
/// Action items and fields as real post-mortems label them rather than list them under a heading: header tables,
/// numbered section names, "Action point:" lines, "**Actions taken:**" inside lessons, status labels, ticket links.
/// Each document is written for the test in the shape its source uses.
/// </summary>
public class LabelledItemLayoutsTests
{
    private static PostMortemDocument ReadDocument(string markdown) => PostMortemReader.Read(MarkdownBlocks.Read(markdown));

    private static PostMortem Read(string markdown) => ReadDocument(markdown).PostMortem;

    // A Google-SRE-style header as a two-column table under an empty header row (etcd-io/etcd
    // Documentation/postmortems/v3.5-data-inconsistency.md); the action table's section explains its types and
    // priorities in lists that a paragraph introduces.
    private const string HeaderTableAndExplainedTable = """
        # Cache index postmortem

        |         |            |
        |---------|------------|
        | Authors | mira@      |
        | Date    | 2023-06-14 |
        | Status  | published  |

        ## Action items

        Every item has one of these types:
        * Prevent - stop the same fault from shipping again.
        * Detect - notice it sooner when it does.

        | Action Item                                  | Type    | Priority | Bug                               | Status |
        |----------------------------------------------|---------|----------|-----------------------------------|--------|
        | Replay old index faults in the test harness  | Prevent | P0       | https://example.com/issues/311    | DONE   |
        | Compare index hashes between replicas        | Detect  | P1       |                                   |        |
        """;

    [Fact]
    public void Read_HeaderTableOfLabelsAndValues_GivesTheDateAndAuthors()
    {
        var document = ReadDocument(HeaderTableAndExplainedTable);

        Assert.False(document.PostMortem.Incident.DateNotStated);
        Assert.Equal(new DateOnly(2023, 6, 14), DateOnly.FromDateTime(document.PostMortem.Incident.StartedAt.UtcDateTime));
        Assert.Contains("mira@", document.PostMortem.Authors);
        Assert.DoesNotContain(document.Notes, n => n.Message.Contains("table not used", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ListsThatAParagraphIntroducesBesideAnActionTable_ExplainTheTableAndAreNotItems()
    {
        var pm = Read(HeaderTableAndExplainedTable);

        Assert.Equal(["Replay old index faults in the test harness", "Compare index hashes between replicas"], pm.ActionItems.Select(i => i.Action));
        Assert.Equal(ActionItemStatus.Done, pm.ActionItems[0].Status);
    }

    [Fact]
    public void Read_ListStraightUnderTheHeadingBeforeAnActionTable_IsItemsToo()
    {
        // tzbtc-bridge/postmortems 20250212_stuckBTCtx.md: two done bullets, then a table of the rest.
        var pm = Read("""
            # Stuck withdrawals

            ### Action Items:
            - the stuck withdrawals were pushed through by hand
            - a fee floor was added to the estimator

            | Action Item | Type | Owner | State |
            | -------- | -------- | -------- |-------- |
            | Alert the operators | mitigate | kai | DONE |
            """);

        Assert.Equal(3, pm.ActionItems.Count);
        Assert.Equal("kai", pm.ActionItems[2].Owner);
    }

    [Fact]
    public void Read_ActionsTakenAndPlannedLabelsInsideLessons_AreActionItems()
    {
        // ethereum-optimism/optimism docs/postmortems/2022-02-02-inflation-vuln.md: each lesson ends in bold labels,
        // over a numbered list, a bullet or a single paragraph.
        var pm = Read("""
            # Bridge accounting bug postmortem

            ## Lessons learned

            ### Reaching the right people

            Reports went to a shared inbox that few people read.

            **Actions taken:**

            1. We have added the node software to the bounty scope.

            **Actions planned:**

            1. We will page the security rota on reports marked critical.

            ### Least privilege

            **Action taken:**

            Our response guide is now linked from the chat topic. It asks for a private channel.

            **Action taken:**

            We've written criteria for pausing the bridge:

            - If funds are moving: pause at once.
            - Otherwise: do not pause.
            """);

        Assert.Equal(
            ["We have added the node software to the bounty scope.", "We will page the security rota on reports marked critical.",
             "Our response guide is now linked from the chat topic. It asks for a private channel.", "We've written criteria for pausing the bridge:"],
            pm.ActionItems.Select(i => i.Action));
    }

    [Fact]
    public void Read_ActionAsAHeading_IsHowTheIncidentWasHandledNotItems()
    {
        // rust-lang/blog.rust-lang.org: "## Action Taken" tells what was done during the incident, in prose.
        var pm = Read("""
            # Registry flood

            ## Action Taken

            The uploading account was blocked and its packages removed.
            """);

        Assert.Empty(pm.ActionItems);
    }

    [Fact]
    public void Read_ActionPointLines_AreOneItemEachWithTheirDetailBelow()
    {
        // ethereum/go-ethereum docs/postmortems/2021-08-22-split-postmortem.md: "Action point:" paragraphs after the findings.
        var pm = Read("""
            # Chain split postmortem

            ## Communication

            Some operators heard of the release late.

            Action point: start an announcement list that operators can subscribe to.
            - This has been done.

            ### Monitoring

            The fork monitor needed a restart.

            Action point: make the fork monitor cope with many connected nodes.
            """);

        Assert.Equal(["start an announcement list that operators can subscribe to.", "make the fork monitor cope with many connected nodes."],
            pm.ActionItems.Select(i => i.Action));
    }

    [Fact]
    public void Read_SectionNamesAsANumberedList_AreSections()
    {
        // NYPL/engineering-general post-mortems/2018-03-30-sierra-api.md: the whole report is one numbered list whose
        // items are section names over nested bullets.
        var pm = Read("""
            # Catalogue updates stopped for two days

            1. Incident Date
               - May 2, 2019
            2. Root Causes
               - The service account's token was revoked.
               - The alarm watched the wrong log stream.
            3. Preventative Measures
               - Issue tokens to services, not to people.
               - Test alarms before go-live.
            """);

        Assert.Equal(new DateOnly(2019, 5, 2), DateOnly.FromDateTime(pm.Incident.StartedAt.UtcDateTime));
        Assert.Equal(2, pm.Analysis.Factors.Count);
        Assert.Equal(["Issue tokens to services, not to people.", "Test alarms before go-live."], pm.ActionItems.Select(i => i.Action));
    }

    [Fact]
    public void Read_MitigationsAndTicketLinkLines_AreActionItems()
    {
        // oslokommune/okctl docs/post-mortems/0005-loki-pvc-full.md: candidate "Mitigations", then "Action items" holding
        // only a ticket link.
        var pm = Read("""
            ## Mitigations

            Any of these would help:

            - Set a retention period for the log store

            ## Action items

            [OPS-41](https://tracker.example.com/c/41)
            """);

        Assert.Equal(2, pm.ActionItems.Count);
        Assert.Equal("https://tracker.example.com/c/41", pm.ActionItems[1].TrackerLink);
    }

    [Fact]
    public void Read_StatusLabelsInLessons_AreItemsWithThatStatus()
    {
        // openfoodfacts/openfoodfacts-infrastructure docs/reports/2024-03-17-ovh1-down.md: "**DONE**:" and "**TODO**"
        // paragraphs after the lessons' prose.
        var pm = Read("""
            # Host down 2024-05-04

            ## Lessons learned

            The disk graph is easier to read than the pool listing.

            **DONE**: disk usage of the backup host is now scraped.

            **TODO** alert on the pool's free space.
            """);

        Assert.Equal([ActionItemStatus.Done, ActionItemStatus.Open], pm.ActionItems.Select(i => i.Status));
        Assert.StartsWith("disk usage", pm.ActionItems[0].Action, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CallToActionForReaders_IsNotActionItems()
    {
        // pypi/warehouse docs/blog/posts/2025-07-31-incident-report-phishing-attack.md: advice to the readers.
        var pm = Read("""
            # Phishing report

            ## Call to action

            - Turn on hardware keys for two-factor sign-in.
            """);

        Assert.Empty(pm.ActionItems);
    }

    [Fact]
    public void Read_OrdinalInSuperscript_IsTheIncidentDate()
    {
        // allegro/blog _posts/2018-08-31-postmortem-why-allegro-went-down.md: "July 18<sup>th</sup>, 2018" in the opening.
        var pm = Read("We broke it. On March 3<sup>rd</sup>, 2021, at noon, the shop was down.\n");

        Assert.Equal(new DateOnly(2021, 3, 3), DateOnly.FromDateTime(pm.Incident.StartedAt.UtcDateTime));
    }

    [Fact]
    public void Read_OneParagraphPerMeasureOpeningWithItsVerb_AreActionItems()
    {
        // eqlabs/pathfinder: "## Improvements" with an introduction, then a paragraph per measure.
        var pm = Read("""
            # Node outage

            ## Improvements

            Mistakes are chances to learn; here is what we take from this one.

            Improve our monitoring of the main network. This includes paging the right people.

            Reduce the time from a merged fix to a release.
            """);

        Assert.Equal(["Improve our monitoring of the main network. This includes paging the right people.", "Reduce the time from a merged fix to a release."],
            pm.ActionItems.Select(i => i.Action));
    }

    [Fact]
    public void Read_ChangeDescriptionLabelsInsideOtherSections_AreNotActionItems()
    {
        // rotkonetworks anycast post-mortem: "**systematic prevention:**" under "## verification" and "**key improvements:**"
        // under "## technical details" describe what was changed.
        var pm = Read("""
            # Anycast address unreachable

            ## verification

            **systematic prevention:**
            - interface restarts no longer pile up routing entries

            ## recommendations

            - [ ] add external monitoring for the anycast addresses
            """);

        Assert.Equal(["add external monitoring for the anycast addresses"], pm.ActionItems.Select(i => i.Action));
    }
}
