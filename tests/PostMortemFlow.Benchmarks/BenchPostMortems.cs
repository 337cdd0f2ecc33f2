using System.Collections.Immutable;
using System.Globalization;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Benchmarks;

/// <summary>
/// The method's own example (the Domain tests' fixture, which every rule accepts), moved to today so the publish
/// timers it starts are due in the future: the declared workflows stay open, holding reminders.
/// </summary>
public static class BenchPostMortems
{
    private static readonly Lazy<PostMortem> Seed = new(() =>
        MarkdownReportParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "api-degradation-2025-02-09.md"))).PostMortem);

    /// <summary>The example moved by whole days so the incident happened on <paramref name="today"/>, with people to mail.</summary>
    public static PostMortem Valid(DateTimeOffset today) =>
        Seed.Value.ShiftedBy(TimeSpan.FromDays((today.UtcDateTime.Date - Seed.Value.Incident.StartedAt.UtcDateTime.Date).Days)) with
        {
            Authors = ["ana@example.com"],
            Reviewers = ["rui@example.com", "mei@example.com"],
            ExecutiveSponsor = "vp@example.com",
            ReviewedOn = null,
        };

    /// <summary>The example's analysis as the analysis review edits it, with a revision mark in the summary.</summary>
    public static AnalysisDraft AnalysisEdit(PostMortem draft, int revision) => new()
    {
        Summary = string.Create(CultureInfo.InvariantCulture, $"{draft.Summary} Revision {revision}."),
        Impact = draft.Impact,
        RootCause = draft.RootCause,
        Analysis = draft.Analysis,
        ActionItems = draft.ActionItems,
        WhatWentWell = draft.WhatWentWell,
        LessonsLearned = draft.LessonsLearned,
    };

    /// <summary>The example's timeline with one row reworded, as a reviewer's edit would.</summary>
    public static ImmutableList<TimelineEntry> TimelineEdit(PostMortem draft, int revision)
    {
        var row = draft.Timeline[4];
        return draft.Timeline.SetItem(4, row with { Event = string.Create(CultureInfo.InvariantCulture, $"{row.Event} (revision {revision})") });
    }
}
