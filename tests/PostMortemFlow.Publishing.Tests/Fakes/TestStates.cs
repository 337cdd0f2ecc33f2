using System.Collections.Immutable;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Publishing.Tests.Fakes;

/// <summary>The method's seed example (the Domain tests' fixture) as workflow state.</summary>
public static class TestStates
{
    private static readonly Lazy<PostMortem> Seed = new(() =>
        MarkdownReportParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "api-degradation-2025-02-09.md"))).PostMortem);

    /// <summary>The seed moved so the incident ends at <paramref name="end"/>, with deliverable people.</summary>
    public static PostMortem Draft(DateTimeOffset end)
    {
        var seed = Seed.Value;
        var shift = end - seed.Incident.EndedAt!.Value;
        var days = (int)Math.Ceiling(shift.TotalDays);
        return seed with
        {
            Incident = seed.Incident with { StartedAt = seed.Incident.StartedAt + shift, EndedAt = end },
            Timeline = [.. seed.Timeline.Select(e => e with { Time = e.Time + shift, TimeAsWritten = null })],
            ActionItems = [.. seed.ActionItems.Select(i => i with { Deadline = i.Deadline?.AddDays(days) })],
            Authors = ["ana@example.com"],
            Reviewers = ["rui@example.com", "mei@example.com"],
            ExecutiveSponsor = "vp@example.com",
            ReviewedOn = null,
        };
    }

    /// <summary>
    /// The draft ending a day ahead with a two-row timeline: the on-call paged, then <paramref name="actor"/>'s
    /// <paramref name="kind"/> row <paramref name="minutes"/> later: one person of the timeline to ask.
    /// </summary>
    public static PostMortem OnePersonToAsk(string actor, TimelineEntryKind kind = TimelineEntryKind.Acknowledged, string text = "Page acknowledged", int minutes = 4)
    {
        var draft = Draft(DateTimeOffset.UtcNow.AddDays(1));
        var start = draft.Incident.StartedAt;
        return draft with
        {
            Timeline =
            [
                new TimelineEntry { Time = start, Event = "On-call paged", Source = "pagerduty", Kind = TimelineEntryKind.Paged },
                new TimelineEntry { Time = start.AddMinutes(minutes), Event = text, Source = "pagerduty", Actor = actor, Kind = kind },
            ],
        };
    }

    public static PostMortemState Published(string id = "pm-20250209-api", Func<PostMortem, PostMortem>? change = null)
    {
        var draft = Draft(new DateTimeOffset(2025, 2, 9, 10, 35, 0, TimeSpan.Zero));
        return new PostMortemState
        {
            Id = id,
            Phase = Phase.Tracking,
            PostMortem = change is null ? draft : change(draft),
            DeclaredAt = draft.Incident.EndedAt!.Value,
            PublishedAt = TestLinks.Now,
            PublishedLocation = "https://contoso.sharepoint.example/sites/reliability/Shared%20Documents/report.html",
        };
    }

    public static PostMortemState InPhase(Phase phase) => Published() with { Phase = phase, PublishedAt = null, PublishedLocation = null };

    public static ImmutableList<ActionItem> Items(PostMortemState state) => state.PostMortem.ActionItems;
}
