using System.Text.RegularExpressions;
using Markdig.Syntax;
using static PostMortemFlow.Domain.Reporting.Parsing.ReportFormat;

namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>The report cut at its headings: the title, the metadata block under it, and one section per "##".</summary>
internal sealed partial class ReportOutline
{
    private ReportOutline(string title, ReportSection head, List<ReportSection> sections)
    {
        Title = title;
        Head = head;
        Sections = sections;
    }

    /// <summary>The title without its "Post-Mortem:" prefix and "(yyyy-MM-dd)" date.</summary>
    public string Title { get; }

    public ReportSection Head { get; }

    public IReadOnlyList<ReportSection> Sections { get; }

    /// <summary>Sets <see cref="ReportSource.Date"/> from the title's date, when it has one.</summary>
    public static ReportOutline Split(MarkdownDocument document, ReportSource source)
    {
        var title = "";
        var head = new ReportSection("", 0);
        var sections = new List<ReportSection>();
        var current = head;
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 1 } h1 && sections.Count == 0 && title.Length == 0)
            {
                var text = TitlePrefix().Replace(source.HeadingText(h1), "");
                var match = TitleDate().Match(text);
                if (match.Success && TryParseDate(match.Groups[1].Value, out var date))
                {
                    source.Date = date;
                    text = text[..match.Index];
                }
                title = text.Trim();
                source.Map.Add("title", h1.Line + 1);
                head = new ReportSection("", h1.Line);
                current = head;
                continue;
            }
            if (block is HeadingBlock { Level: 2 } h2)
            {
                current.End = h2.Line;
                var (name, note) = source.HeadingParts(h2);
                current = new ReportSection(Key(name.Replace("appendix", "", StringComparison.OrdinalIgnoreCase)), h2.Line, note);
                sections.Add(current);
                continue;
            }
            current.Blocks.Add(block);
        }
        current.End = source.Lines.Length;
        return new ReportOutline(title, head, sections);
    }

    [GeneratedRegex(@"^post[\s-]?mortem\s*[:\-–—]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePrefix();

    [GeneratedRegex(@"\s*\((\d{4}-\d{1,2}-\d{1,2})\)\s*$")]
    private static partial Regex TitleDate();
}
