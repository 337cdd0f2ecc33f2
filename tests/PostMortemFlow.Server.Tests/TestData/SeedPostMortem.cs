using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Server.Tests.TestData;

/// <summary>The method's own example (the Domain tests' fixture), moved in time so timers count from now.</summary>
public static class SeedPostMortem
{
    private static readonly Lazy<PostMortem> Seed = new(() =>
        MarkdownReportParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "api-degradation-2025-02-09.md"))).PostMortem);

    /// <summary>The seed with its incident ending at <paramref name="end"/> and every time and deadline shifted with it.</summary>
    public static PostMortem EndingAt(DateTimeOffset end, string? sponsor = "vp@example.com") =>
        Seed.Value.ShiftedBy(end - Seed.Value.Incident.EndedAt!.Value) with
        {
            Authors = ["ana@example.com"],
            Reviewers = ["rui@example.com"],
            ExecutiveSponsor = sponsor,
            ReviewedOn = null,
        };

    public static AnalysisDraft AnalysisOf(PostMortem postMortem) => new()
    {
        Summary = postMortem.Summary,
        Impact = postMortem.Impact,
        RootCause = postMortem.RootCause,
        Analysis = postMortem.Analysis,
        ActionItems = postMortem.ActionItems,
        WhatWentWell = postMortem.WhatWentWell,
        LessonsLearned = postMortem.LessonsLearned,
    };
}
