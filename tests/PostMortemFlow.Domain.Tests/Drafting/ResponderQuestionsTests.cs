using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Tests.Drafting;

public sealed class ResponderQuestionsTests
{
    private static readonly DateTimeOffset T = new(2025, 2, 9, 10, 0, 0, TimeSpan.Zero);

    private static TimelineEntry Row(int minute, string actor, TimelineEntryKind kind, string text, string source = "timeline") =>
        new() { Time = T.AddMinutes(minute), Actor = actor, Kind = kind, Event = text, Source = source };

    private static PostMortem Incident(params TimelineEntry[] rows) => new()
    {
        Title = "Checkout errors",
        Authors = ["ana.silva@example.com"],
        Reviewers = ["rui@example.com"],
        Timeline = [.. rows],
    };

    private static readonly PostMortem PoolSaturation = Incident(
        Row(0, "System", TimelineEntryKind.FirstSymptom, "5xx rate above its baseline", "prometheus"),
        Row(3, "System", TimelineEntryKind.Detected, "Alert HighErrorRate firing", "prometheus"),
        Row(4, "pagerduty", TimelineEntryKind.Paged, "Paged the on-call", "pagerduty"),
        Row(9, "ana", TimelineEntryKind.Acknowledged, "Acknowledged the page"),
        Row(31, "ana", TimelineEntryKind.Diagnosed, "Found the pool saturated by the nightly batch job"),
        Row(33, "rui", TimelineEntryKind.Mitigated, "Paused the batch job"),
        Row(34, "deploy-bot", TimelineEntryKind.Event, "Rolled out config 1.4.2"),
        Row(40, "System", TimelineEntryKind.Recovered, "5xx rate back to its baseline", "prometheus"));

    [Fact]
    public void For_ThePeopleOfTheTimeline_AsksEachAboutTheirOwnMomentsInOrder()
    {
        var briefs = ResponderQuestions.For(PoolSaturation);

        Assert.Equal(["ana", "rui"], briefs.Select(b => b.Actor));
        var ana = briefs[0].Questions;
        Assert.Equal(["page → acknowledge", "quiet stretch", "acknowledge → diagnosis"], ana.Select(q => q.Moment));
        Assert.Equal("You acknowledged at 2025-02-09 10:09 UTC, 5 min after 2025-02-09 10:04 UTC (“Paged the on-call”). What did the page tell you, and what did you open first?", ana[0].Text);
        Assert.Equal("The timeline has no row from 2025-02-09 10:09 UTC to 2025-02-09 10:31 UTC (22 min). What were you looking at and trying in that time?", ana[1].Text);
        Assert.Equal("From 2025-02-09 10:09 UTC to 2025-02-09 10:31 UTC (22 min), until the timeline says “Found the pool saturated by the nightly batch job”: what did you see, and what made the cause hard to tell at the time?", ana[2].Text);
        var rui = briefs[1].Questions;
        Assert.Equal(["hand-off", "diagnosis → mitigation"], rui.Select(q => q.Moment));
        Assert.Equal("When you joined at 2025-02-09 10:33 UTC, how did you learn what ana had already seen and tried?", rui[0].Text);
        Assert.Equal(5, rui[1].Row);
    }

    [Fact]
    public void For_EveryQuestion_AsksWhatTheySawNeverWhyTheyDidNot()
    {
        var questions = ResponderQuestions.For(PoolSaturation).SelectMany(b => b.Questions).Select(q => q.Text).ToList();

        Assert.NotEmpty(questions);
        Assert.All(questions, q =>
        {
            Assert.DoesNotContain("why", q, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("didn't", q, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("did not", q, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("should", q, StringComparison.OrdinalIgnoreCase);
            Assert.EndsWith("?", q, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void For_SystemsBotsAndSources_AreNotAsked()
    {
        var briefs = ResponderQuestions.For(PoolSaturation);

        Assert.DoesNotContain(briefs, b => b.Actor is "System" or "pagerduty" or "deploy-bot" or "prometheus");
    }

    [Fact]
    public void For_Actors_AreMatchedByTheirAddressOrByTheConfiguredMap_AndTheRestAreLeftForTheAuthors()
    {
        var postMortem = Incident(
            Row(0, "ana", TimelineEntryKind.Acknowledged, "Acknowledged"),
            Row(1, "@rui", TimelineEntryKind.Event, "Opened the incident channel"),
            Row(2, "sam", TimelineEntryKind.Event, "Restarted the consumers"),
            Row(3, "kim@example.org", TimelineEntryKind.Event, "Posted the status page update"),
            Row(4, "Lee", TimelineEntryKind.Event, "Checked the database"));
        var settings = DraftingSettings.Default with { People = DraftingSettings.Default.People.Add("sam", "sam.jones@example.com") };

        var addresses = ResponderQuestions.For(postMortem, settings).ToDictionary(b => b.Actor, b => b.Address);

        Assert.Equal("ana.silva@example.com", addresses["ana"]);
        Assert.Equal("rui@example.com", addresses["@rui"]);
        Assert.Equal("sam.jones@example.com", addresses["sam"]);
        Assert.Equal("kim@example.org", addresses["kim@example.org"]);
        Assert.Null(addresses["Lee"]);
    }

    [Fact]
    public void For_ManyMoments_AsksAtMostTheConfiguredNumber()
    {
        var rows = Enumerable.Range(0, 20).Select(i => Row(i * 20, "ana", TimelineEntryKind.Escalated, $"Paged team {i}")).ToArray();

        var brief = Assert.Single(ResponderQuestions.For(Incident(rows), DraftingSettings.Default with { MaxQuestionsPerPerson = 4 }));

        Assert.Equal(4, brief.Questions.Count);
    }

    [Fact]
    public void For_NoPeopleInTheTimeline_IsEmpty()
    {
        Assert.Empty(ResponderQuestions.For(Incident(Row(0, "System", TimelineEntryKind.FirstSymptom, "5xx up"), Row(60, "System", TimelineEntryKind.Recovered, "5xx down"))));
    }
}
