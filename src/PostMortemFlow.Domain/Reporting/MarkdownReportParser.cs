using Markdig;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting.Parsing;

namespace PostMortemFlow.Domain.Reporting;

/// <summary>
/// Reads a post-mortem written in the report template (see <see cref="MarkdownReportRenderer"/>) back into the model.
/// Tolerant: headings are matched case-insensitively, unknown sections are ignored, missing ones stay empty, and
/// unreadable content becomes a <see cref="ParseProblem"/> rather than an exception.
/// </summary>
public static class MarkdownReportParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static PostMortemDocument Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var source = new ReportSource(markdown.Replace("\r\n", "\n", StringComparison.Ordinal));
        var outline = ReportOutline.Split(Markdown.Parse(source.Markdown, Pipeline), source);

        var pm = MetadataReader.Read(source, outline.Head, new PostMortem { Title = outline.Title });
        foreach (var section in outline.Sections)
        {
            pm = section.Key switch
            {
                "summary" => pm with { Summary = source.FreeText(section, "summary") },
                "impact" => pm with { Impact = ImpactReader.Read(source, section) },
                "rootcause" => pm with { RootCause = source.FreeText(section, "rootCause") },
                "timeline" => pm with { Timeline = TimelineReader.Read(source, section) },
                "contributingfactors" or "factors" or "analysis" => pm with { Analysis = AnalysisReader.Read(source, section) },
                "actionitems" => pm with { ActionItems = ActionItemReader.Read(source, section) },
                "whatwentwell" => pm with { WhatWentWell = source.Items(section, "whatWentWell") },
                "lessonslearned" => pm with { LessonsLearned = source.Items(section, "lessonsLearned") },
                "datagaps" => pm with { DataGaps = DataGapReader.Read(source, section) },
                _ => pm,
            };
        }
        return new PostMortemDocument(pm, source.Map, source.Problems);
    }
}
