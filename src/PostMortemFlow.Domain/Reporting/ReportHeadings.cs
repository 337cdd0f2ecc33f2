using PostMortemFlow.Domain.Reporting.Parsing;

namespace PostMortemFlow.Domain.Reporting;

/// <summary>The report template's headings, in template order.</summary>
internal static class ReportHeadings
{
    public const string TitlePrefix = "Post-Mortem: ";
    public const string Summary = "Summary";
    public const string Impact = "Impact";
    public const string RootCause = "Root Cause";
    public const string Timeline = "Timeline";
    public const string ContributingFactors = "Contributing Factors";
    public const string ImmediateCauses = "Immediate Causes";
    public const string SystemicIssues = "Systemic Issues";
    public const string ActionItems = "Action Items";
    public const string WhatWentWell = "What Went Well";
    public const string LessonsLearned = "Lessons Learned";
    public const string Prevention = "Prevention";
    public const string DataGaps = "Data Gaps";
    public const string Checklist = "Appendix: Validation Checklist";

    /// <summary>The heading a section's key (see <see cref="ReportFormat.Key"/>) stands for, or null for one the report does not read.</summary>
    public static string? Named(string key) => key switch
    {
        "summary" => Summary,
        "impact" => Impact,
        "rootcause" => RootCause,
        "timeline" => Timeline,
        "contributingfactors" or "factors" or "analysis" => ContributingFactors,
        "actionitems" => ActionItems,
        "whatwentwell" => WhatWentWell,
        "lessonslearned" => LessonsLearned,
        "prevention" => Prevention,
        "datagaps" => DataGaps,
        _ => null,
    };
}
