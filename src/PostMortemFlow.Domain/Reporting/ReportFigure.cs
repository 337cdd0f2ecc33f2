namespace PostMortemFlow.Domain.Reporting;

/// <summary>
/// A diagram the report shows at the end of one of its sections: an SVG drawn by the Domain's charts (every text in it
/// encoded), a title and a caption. The HTML report inlines the SVG; the Word report embeds it as a picture.
/// </summary>
public sealed record ReportFigure(string Heading, string Title, string Svg, string Caption)
{
    /// <summary>A figure closing the Timeline section (e.g. an evidence chart with the key moments marked).</summary>
    public static ReportFigure InTimeline(string title, string svg, string caption) => new(ReportHeadings.Timeline, title, svg, caption);

    /// <summary>A figure closing the Contributing Factors section (the fishbone diagram).</summary>
    public static ReportFigure InContributingFactors(string title, string svg, string caption) => new(ReportHeadings.ContributingFactors, title, svg, caption);
}
