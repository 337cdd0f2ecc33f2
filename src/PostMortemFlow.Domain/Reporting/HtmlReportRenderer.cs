using System.Net;
using Ganss.Xss;
using Markdig;
using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;
using PostMortemFlow.Domain.Reporting.Parsing;

namespace PostMortemFlow.Domain.Reporting;

/// <summary>
/// A self-contained, printable HTML page of the report: the Markdown rendering converted by Markdig and sanitized,
/// so nothing a user typed into a field can run script in a reader's browser.
/// </summary>
public static class HtmlReportRenderer
{
    // Raw HTML in user text is shown as text, not interpreted; the sanitizer is the second line of defence
    // (links with javascript: and similar schemes, anything Markdig itself would emit from hostile input).
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    private const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f23; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
        h1 { font-size: 1.8rem; border-bottom: 2px solid #1b1f23; padding-bottom: .3rem; }
        h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
        h3 { font-size: 1.1rem; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .92rem; }
        th, td { border: 1px solid #d0d7de; padding: .35rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f3f4f6; }
        code { background: #f3f4f6; padding: 0 .2rem; border-radius: 3px; }
        figure.report-figure { margin: 1rem 0; overflow-x: auto; }
        figure.report-figure svg { width: 100%; min-width: 36rem; height: auto; font-family: system-ui, sans-serif; }
        figure.report-figure figcaption { color: #57606a; font-size: .85rem; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10.5pt; }
          h2 { page-break-after: avoid; }
          table, tr, li, figure { page-break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
          th { background: none; }
        }
        """;

    /// <summary>The report with its fishbone diagram.</summary>
    /// <param name="recurrence">The latest prevention check: said in the Prevention section, with its chart.</param>
    public static string Render(PostMortem postMortem, LintReport? report = null, RecurrenceCheck? recurrence = null) =>
        Render(postMortem, report, recurrence, []);

    /// <summary>The report with its fishbone diagram and the given evidence charts (see <see cref="ReportFigures"/>).</summary>
    public static string Render(PostMortem postMortem, LintReport? report, RecurrenceCheck? recurrence, IReadOnlyList<ReportFigure> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return FromMarkdown(MarkdownReportRenderer.Render(postMortem, report, recurrence), MarkdownReportRenderer.Heading(postMortem),
            recurrence is null ? null : RecurrenceChart.Render(recurrence), [.. evidence, .. ReportFigures.Of(postMortem)]);
    }

    /// <param name="preventionChart">An SVG of <see cref="RecurrenceChart"/>, placed at the end of the Prevention section.</param>
    public static string FromMarkdown(string markdown, string title, string? preventionChart = null) => FromMarkdown(markdown, title, preventionChart, []);

    /// <summary>
    /// The page with each figure at the end of its section. The figures' SVG is added after sanitizing: it comes from the
    /// Domain's charts, which encode every text they draw, while the sanitizer would strip SVG altogether.
    /// </summary>
    public static string FromMarkdown(string markdown, string title, string? preventionChart, IReadOnlyList<ReportFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var body = Markdown.ToHtml(markdown, Pipeline)
            // Line breaks inside table cells are written as <br> (see ReportFormat.Cell); keep just those.
            .Replace("&lt;br&gt;", "<br>", StringComparison.Ordinal);
        body = CreateSanitizer().Sanitize(body);
        if (preventionChart is not null)
        {
            // Added after sanitizing (which drops SVG): the chart is drawn here, every label in it encoded.
            var prevention = body.IndexOf($"<h2>{ReportHeadings.Prevention}</h2>", StringComparison.Ordinal);
            var next = prevention < 0 ? -1 : body.IndexOf("<h2>", prevention + 4, StringComparison.Ordinal);
            var figure = $"<figure class=\"chart\">{preventionChart}</figure>\n";
            body = next < 0 ? body + figure : body.Insert(next, figure);
        }
        body = WithFigures(body, figures);
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)}</title>
            <style>
            {Style}
            </style>
            </head>
            <body>
            {body}
            </body>
            </html>

            """;
    }

    private static string WithFigures(string body, IReadOnlyList<ReportFigure> figures)
    {
        foreach (var group in figures.GroupBy(f => f.Heading))
        {
            var html = string.Concat(group.Select(f =>
                $"<figure class=\"report-figure\">{f.Svg}<figcaption>{WebUtility.HtmlEncode(f.Caption)}</figcaption></figure>\n"));
            var heading = body.IndexOf("<h2>" + WebUtility.HtmlEncode(group.Key), StringComparison.Ordinal);
            var next = heading < 0 ? -1 : body.IndexOf("<h2", heading + 4, StringComparison.Ordinal);
            body = next < 0 ? body + html : body.Insert(next, html);
        }
        return body;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        // A printable report loads nothing from elsewhere and has no forms.
        foreach (var tag in new[] { "img", "form", "input", "button", "select", "textarea", "option", "label", "fieldset", "legend" })
        {
            sanitizer.AllowedTags.Remove(tag);
        }
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer;
    }
}
