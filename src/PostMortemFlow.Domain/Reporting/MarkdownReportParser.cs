using System.Text.RegularExpressions;
using Markdig;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting.Parsing;

namespace PostMortemFlow.Domain.Reporting;

/// <summary>
/// Reads a post-mortem written in the report template (see <see cref="MarkdownReportRenderer"/>) back into the model.
/// Tolerant: headings are matched case-insensitively, unknown sections are ignored, missing ones stay empty, and
/// unreadable content becomes a <see cref="ParseProblem"/> rather than an exception.
/// </summary>
public static partial class MarkdownReportParser
{
    /// <summary>
    /// Whether the Markdown is written in the report template (what <c>pmf new</c> and <c>pmf render</c> write, or the
    /// method's template as teams copy it): its first heading is "# Post-Mortem: …" and it dates itself the template's
    /// way, "(yyyy-MM-dd)" in the title or a "**Date**:" field. Anything else is read by the Reading.PostMortemReader.
    /// </summary>
    public static bool IsStandardTemplate(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var title = TemplateTitle().Match(markdown);
        return title.Success && (title.Groups["date"].Success || TemplateDateField().IsMatch(markdown));
    }

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static PostMortemDocument Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var source = new ReportSource(markdown.Replace("\r\n", "\n", StringComparison.Ordinal));
        var outline = ReportOutline.Split(Markdown.Parse(source.Markdown, Pipeline), source);

        var pm = MetadataReader.Read(source, outline.Head, new PostMortem { Title = outline.Title });
        foreach (var section in outline.Sections)
        {
            var heading = ReportHeadings.Named(section.Key);
            pm = heading switch
            {
                ReportHeadings.Summary => pm with { Summary = source.FreeText(section, "summary") },
                ReportHeadings.Impact => pm with { Impact = ImpactReader.Read(source, section) },
                ReportHeadings.RootCause => pm with { RootCause = source.FreeText(section, "rootCause") },
                ReportHeadings.Timeline => pm with { Timeline = TimelineReader.Read(source, section) },
                ReportHeadings.ContributingFactors => pm with { Analysis = AnalysisReader.Read(source, section) },
                ReportHeadings.ActionItems => pm with { ActionItems = ActionItemReader.Read(source, section) },
                ReportHeadings.WhatWentWell => pm with { WhatWentWell = source.Items(section, "whatWentWell") },
                ReportHeadings.LessonsLearned => pm with { LessonsLearned = source.Items(section, "lessonsLearned") },
                ReportHeadings.Prevention => pm with { Prevention = source.FreeText(section, "prevention") },
                ReportHeadings.DataGaps => pm with { DataGaps = DataGapReader.Read(source, section) },
                _ => pm,
            };
            if (heading is not null && section.Note.Length > 0)
            {
                pm = pm with { HeadingNotes = pm.HeadingNotes.SetItem(heading, section.Note) };
            }
        }
        // The Prevention text the renderer derives from the action items is not the author's: leave it derived.
        if (pm.Prevention == MarkdownReportRenderer.DerivedPrevention(pm.ActionItems))
        {
            pm = pm with { Prevention = "" };
        }
        return new PostMortemDocument(pm, source.Map, source.Problems, source.Notes);
    }

    [GeneratedRegex(@"^\uFEFF?\s*#\s+post[\s-]?mortem\s*[:\-–—].*?(?<date>\(\d{4}-\d{1,2}-\d{1,2}\))?\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex TemplateTitle();

    [GeneratedRegex(@"^\s*(?:[-*]\s+)?\*\*Date(?::\*\*|\*\*\s*:)\s*\d{4}-\d{1,2}-\d{1,2}", RegexOptions.Multiline)]
    private static partial Regex TemplateDateField();
}
