using PostMortemFlow.Domain.Checklist;
using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Checklist;

public class ValidationChecklistTests
{
    private static readonly DateTimeOffset Published = TestPostMortems.End.AddHours(24);

    private static readonly WorkflowFacts Done = new()
    {
        PublishedAt = Published,
        ActionItemsTracked = 6,
        FollowUpScheduledFor = Published.AddDays(28),
    };

    private static IReadOnlyList<ChecklistItem> Evaluate(
        PostMortem postMortem, WorkflowFacts? facts = null, IEnumerable<Finding>? extraFindings = null, TimeSpan? publishWithin = null)
    {
        var findings = PostMortemLinter.Findings(new LintContext(postMortem)).Concat(extraFindings ?? []).ToList();
        return ValidationChecklist.Evaluate(postMortem, findings, facts ?? Done, publishWithin);
    }

    private static ChecklistItem Point(int number, PostMortem postMortem, WorkflowFacts? facts = null,
        IEnumerable<Finding>? extraFindings = null, TimeSpan? publishWithin = null) =>
        Evaluate(postMortem, facts, extraFindings, publishWithin).Single(i => i.Number == number);

    private static PostMortem WithItems(Func<ActionItem, int, ActionItem> change)
    {
        var valid = TestPostMortems.Valid();
        return valid with { ActionItems = [.. valid.ActionItems.Select((item, i) => change(item, i))] };
    }

    [Fact]
    public void Evaluate_CompletePostMortemAndWorkflow_PassesAllSevenPoints()
    {
        var checklist = Evaluate(TestPostMortems.Valid());

        Assert.Equal([1, 2, 3, 4, 5, 6, 7], checklist.Select(i => i.Number));
        Assert.All(checklist, i =>
        {
            Assert.Equal(ChecklistStatus.Pass, i.Status);
            Assert.False(string.IsNullOrWhiteSpace(i.Title));
            Assert.False(string.IsNullOrWhiteSpace(i.Reason));
        });
    }

    [Fact]
    public void Evaluate_NoWorkflowFacts_LeavesPointsFiveToSevenPending()
    {
        var checklist = Evaluate(TestPostMortems.Valid(), WorkflowFacts.None);

        Assert.Equal(
            [ChecklistStatus.Pass, ChecklistStatus.Pass, ChecklistStatus.Pass, ChecklistStatus.Pass,
             ChecklistStatus.Pending, ChecklistStatus.Pending, ChecklistStatus.Pending],
            checklist.Select(i => i.Status));
    }

    public static TheoryData<Scenario, ChecklistStatus, string> TimelineCases
    {
        get
        {
            var valid = TestPostMortems.Valid();
            var rows = valid.Timeline;
            return new()
            {
                { new("empty timeline", valid with { Timeline = [] }), ChecklistStatus.Fail, "The timeline is empty." },
                {
                    new("row out of order", valid with { Timeline = rows.SetItem(4, rows[4] with { Time = TestPostMortems.Start }) }),
                    ChecklistStatus.Fail, "1 row is out of chronological order."
                },
                {
                    new("rows not in UTC", valid with
                    {
                        Timeline = rows.SetItem(3, rows[3] with { TimeAsWritten = "10:11" }).SetItem(4, rows[4] with { TimeAsWritten = "11:16 CET" }),
                    }),
                    ChecklistStatus.Fail, "2 rows are not in UTC."
                },
                {
                    new("no resolution", valid with { Timeline = rows.RemoveAll(e => e.Kind == TimelineEntryKind.Resolved) }),
                    ChecklistStatus.Fail, "The resolution row is missing."
                },
                {
                    new("gap only", valid with { Timeline = rows.RemoveRange(4, 2) }),
                    ChecklistStatus.Pass, "7 rows in order and in UTC, with detection, mitigation and resolution. 1 gap warning to look at."
                },
                {
                    new("valid", valid),
                    ChecklistStatus.Pass, "9 rows in order and in UTC, with detection, mitigation and resolution."
                },
            };
        }
    }

    [Theory]
    [MemberData(nameof(TimelineCases))]
    public void Evaluate_Timeline_FailsOnOrderZoneOrMissingMomentButNotOnGaps(Scenario scenario, ChecklistStatus status, string reason)
    {
        var point = Point(1, scenario.PostMortem);

        Assert.Equal(status, point.Status);
        Assert.Equal(reason, point.Reason);
    }

    [Fact]
    public void Evaluate_OneFactor_FailsPointTwo()
    {
        var valid = TestPostMortems.Valid();
        var postMortem = valid with { Analysis = valid.Analysis with { Factors = [valid.Analysis.Factors[0]] } };

        var point = Point(2, postMortem);

        Assert.Equal(ChecklistStatus.Fail, point.Status);
        Assert.Contains("one contributing factor", point.Reason);
    }

    [Fact]
    public void Evaluate_FourFactors_PassesPointTwoWithCount()
    {
        Assert.Equal("4 contributing factors identified.", Point(2, TestPostMortems.Valid()).Reason);
    }

    public static TheoryData<Scenario, ChecklistStatus, string> ActionItemCases => new()
    {
        { new("valid", TestPostMortems.Valid()), ChecklistStatus.Pass, "All 6 action items have an owner, a deadline and a priority." },
        { new("no action items", TestPostMortems.Valid() with { ActionItems = [] }), ChecklistStatus.Fail, "There are no action items." },
        {
            new("two without owner", WithItems((item, i) => i is 1 or 4 ? item with { Owner = null } : item)),
            ChecklistStatus.Fail, "2 of 6 action items have no owner: AI-002, AI-005."
        },
        {
            new("owner, deadline and priority missing", WithItems((item, i) => i switch
            {
                0 => item with { Owner = "TBD" },
                2 => item with { Deadline = null, Priority = null },
                _ => item,
            })),
            ChecklistStatus.Fail,
            "1 of 6 action items has no owner: AI-001; 1 of 6 action items has no deadline: AI-003; 1 of 6 action items has no priority: AI-003."
        },
        {
            new("duplicate id", WithItems((item, i) => i == 5 ? item with { Id = "AI-001" } : item)),
            ChecklistStatus.Fail, "Action item ID AI-001 is used more than once."
        },
    };

    [Theory]
    [MemberData(nameof(ActionItemCases))]
    public void Evaluate_ActionItems_ExplainsWhatIsMissing(Scenario scenario, ChecklistStatus status, string reason)
    {
        var point = Point(3, scenario.PostMortem);

        Assert.Equal(status, point.Status);
        Assert.Equal(reason, point.Reason);
    }

    [Fact]
    public void Evaluate_BlamelessLanguageFinding_FailsPointFour()
    {
        var blame = new Finding(RuleIds.BlamelessLanguage, FindingSeverity.Error, "Blames a person.", Field: "summary", Excerpt: "X caused this");

        var point = Point(4, TestPostMortems.Valid(), extraFindings: [blame]);

        Assert.Equal(ChecklistStatus.Fail, point.Status);
        Assert.Equal("1 blaming phrase found, e.g. \"X caused this\".", point.Reason);
    }

    public static TheoryData<double, double?, ChecklistStatus> PublishCases => new()
    {
        { 47, null, ChecklistStatus.Pass },
        { 48, null, ChecklistStatus.Pass },
        { 49, null, ChecklistStatus.Fail },
        { 23, 24, ChecklistStatus.Pass },
        { 30, 24, ChecklistStatus.Fail },
        { 60, 72, ChecklistStatus.Pass },
    };

    [Theory]
    [MemberData(nameof(PublishCases))]
    public void Evaluate_PublishedHoursAfterEnd_ComparesWithTheWindow(double hoursAfterEnd, double? windowHours, ChecklistStatus status)
    {
        var published = TestPostMortems.End.AddHours(hoursAfterEnd);
        var facts = Done with { PublishedAt = published, FollowUpScheduledFor = published.AddDays(28) };
        var window = windowHours is { } h ? TimeSpan.FromHours(h) : (TimeSpan?)null;

        var point = Point(5, TestPostMortems.Valid(), facts, publishWithin: window);

        Assert.Equal(status, point.Status);
        Assert.Contains($"within {windowHours ?? 48} hours", point.Title);
    }

    [Fact]
    public void Evaluate_PublishedLate_SaysHowLate()
    {
        var facts = Done with { PublishedAt = TestPostMortems.End.AddHours(73) };

        var point = Point(5, TestPostMortems.Valid(), facts);

        Assert.Equal(
            "Published 2025-02-12 11:35 UTC, 3 d 1 h after the incident ended, later than the 48 hours expected.",
            point.Reason);
    }

    [Fact]
    public void Evaluate_NotPublished_IsPendingWithDueTime()
    {
        var point = Point(5, TestPostMortems.Valid(), WorkflowFacts.None);

        Assert.Equal(ChecklistStatus.Pending, point.Status);
        Assert.Equal("Not published yet; due by 2025-02-11 10:35 UTC.", point.Reason);
    }

    [Fact]
    public void Evaluate_NoIncidentEnd_MeasuresPublishingFromTheStart()
    {
        var valid = TestPostMortems.Valid();
        var postMortem = valid with { Incident = valid.Incident with { EndedAt = null } };
        var facts = Done with { PublishedAt = TestPostMortems.Start.AddHours(48).AddMinutes(10) };

        var point = Point(5, postMortem, facts);

        Assert.Equal(ChecklistStatus.Fail, point.Status);
        Assert.Contains("after the incident started", point.Reason);
    }

    private static PostMortem Linked(params int[] indexes) =>
        WithItems((item, i) => indexes.Contains(i) ? item with { TrackerLink = $"https://tracker.example/PM-{i + 1}" } : item);

    public static TheoryData<Scenario, int?, ChecklistStatus, string> TrackingCases => new()
    {
        { new("all tracked", TestPostMortems.Valid()), 6, ChecklistStatus.Pass, "All 6 action items are tracked." },
        { new("more tickets than items", TestPostMortems.Valid()), 7, ChecklistStatus.Pass, "All 6 action items are tracked." },
        { new("every item linked, no count yet", Linked(0, 1, 2, 3, 4, 5)), null, ChecklistStatus.Pass, "All 6 action items are tracked." },
        { new("every item linked, lower count", Linked(0, 1, 2, 3, 4, 5)), 4, ChecklistStatus.Pass, "All 6 action items are tracked." },
        {
            new("some linked, no count yet", Linked(0, 1)), null, ChecklistStatus.Pending,
            "Tickets not created yet; 2 of 6 action items have a ticket link."
        },
        {
            new("four tracked", Linked(0, 1, 2, 3)), 4, ChecklistStatus.Fail,
            "Only 4 of 6 action items are tracked; without a ticket link: AI-005, AI-006."
        },
        { new("no action items", TestPostMortems.Valid() with { ActionItems = [] }), null, ChecklistStatus.Pass, "There are no action items to track." },
    };

    [Theory]
    [MemberData(nameof(TrackingCases))]
    public void Evaluate_Tracking_CountsTicketsAndLinks(Scenario scenario, int? tracked, ChecklistStatus status, string reason)
    {
        var point = Point(6, scenario.PostMortem, Done with { ActionItemsTracked = tracked });

        Assert.Equal(status, point.Status);
        Assert.Equal(reason, point.Reason);
    }

    public static TheoryData<int, ChecklistStatus> FollowUpCases => new()
    {
        { 28, ChecklistStatus.Pass },
        { 21, ChecklistStatus.Pass },
        { 20, ChecklistStatus.Fail },
        { 7, ChecklistStatus.Fail },
    };

    [Theory]
    [MemberData(nameof(FollowUpCases))]
    public void Evaluate_FollowUpDaysAfterPublishing_PassesFromThreeWeeks(int days, ChecklistStatus status)
    {
        var point = Point(7, TestPostMortems.Valid(), Done with { FollowUpScheduledFor = Published.AddDays(days) });

        Assert.Equal(status, point.Status);
        Assert.Contains($"{days} days after publishing", point.Reason);
    }

    [Fact]
    public void Evaluate_FollowUpNotScheduled_IsPending()
    {
        var point = Point(7, TestPostMortems.Valid(), Done with { FollowUpScheduledFor = null });

        Assert.Equal(ChecklistStatus.Pending, point.Status);
    }

    [Fact]
    public void Evaluate_FollowUpBeforePublishing_MeasuresFromTheIncident()
    {
        var facts = new WorkflowFacts { FollowUpScheduledFor = TestPostMortems.End.AddDays(28) };

        var point = Point(7, TestPostMortems.Valid(), facts);

        Assert.Equal(ChecklistStatus.Pass, point.Status);
        Assert.Contains("28 days after the incident ended", point.Reason);
    }
}
