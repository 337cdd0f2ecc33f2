using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Reporting.Parsing;

namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>
/// Lines that act as headings without being written as one, as Google Docs exports and hand-made reports have them:
/// "**Timeline**", "**Action Items:**", "What Went Well:", or a bold label followed by its text ("**Root Causes:** …").
/// Only a line that names a section counts, so "**2017/03/08**" stays a date line.
/// </summary>
internal static partial class PseudoHeading
{
    /// <summary>Below every real heading, so the next real heading ends it.</summary>
    public const int Level = 7;

    /// <summary>The heading a paragraph stands for and the text after its label, or (null, null).</summary>
    public static (BlockHeading? Heading, BlockParagraph? Text) Split(BlockParagraph paragraph)
    {
        var text = Footnote().Replace(paragraph.Text, "");
        var m = Bold().Match(text);
        if (!m.Success)
        {
            m = Plain().Match(text);
        }
        if (!m.Success)
        {
            m = ItemLabel().Match(text);
        }
        if (!m.Success || SectionMeanings.OfLabel(m.Groups["label"].Value) == SectionMeaning.Unknown)
        {
            return (null, null);
        }
        var heading = new BlockHeading(paragraph.Line, Level, m.Groups["label"].Value.Trim());
        var rest = m.Groups["rest"].Value.Trim();
        return (heading, rest.Length > 0 ? new BlockParagraph(paragraph.Line, rest) : null);
    }

    /// <summary>
    /// The heading a list item over its own nested list stands for: "- **Review actions**:", or a bare section name as
    /// a form numbers its parts ("1. Incident Date" over "- March 30, 2018"); null for an ordinary item.
    /// </summary>
    public static BlockHeading? Listed(BlockListItem item)
    {
        if (Split(new BlockParagraph(item.Line, item.Text)) is ({ } labelled, null))
        {
            return labelled;
        }
        var text = item.Text.Trim();
        return ListedName().IsMatch(text) && SectionMeanings.OfLabel(text) != SectionMeaning.Unknown ? new BlockHeading(item.Line, Level, text) : null;
    }

    /// <summary>
    /// A block of "**Key**: value" lines cut into one paragraph per field, so that each labelled line can be a heading;
    /// any other paragraph as it is.
    /// </summary>
    public static IEnumerable<BlockParagraph> Fields(BlockParagraph paragraph)
    {
        var lines = paragraph.Text.Split('\n');
        if (lines.Count(l => BoldStart().IsMatch(l)) < 2)
        {
            yield return paragraph;
            yield break;
        }
        var start = 0;
        for (var i = 1; i <= lines.Length; i++)
        {
            if (i == lines.Length || BoldStart().IsMatch(lines[i]))
            {
                yield return new BlockParagraph(paragraph.Line + start, string.Join('\n', lines[start..i]).Trim());
                start = i;
            }
        }
    }

    /// <summary>A heading that can be a title: not empty and not a form's "Title:" label.</summary>
    public static bool IsTitle(string text) => Key(text) is not ("" or "title");

    private static string Key(string text) => ReportFormat.Key(text);

    [GeneratedRegex(@"^(?:\*\*|__)(?<label>[^*_\n]{2,60}?)\s*:?\s*(?:\*\*|__)\s*:?\s*(?<rest>[\s\S]*)$")]
    private static partial Regex Bold();

    [GeneratedRegex(@"^(?<label>[A-Z][A-Za-z' ]{2,40}):\s*(?<rest>)$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^(?<label>Action\s+(?:point|item)):\s*(?<rest>\S[\s\S]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ItemLabel();

    [GeneratedRegex(@"^[A-Z][A-Za-z'()/ -]{2,40}$")]
    private static partial Regex ListedName();

    [GeneratedRegex(@"^\s*(?:\*\*|__)[^*_\n]{2,60}(?:\*\*|__)\s*:|^\s*(?:\*\*|__)[^*_\n]{2,60}:\s*(?:\*\*|__)")]
    private static partial Regex BoldStart();

    // Numbered links after a label, as web pages copied to Markdown keep them: "Timeline[167](https://…)".
    [GeneratedRegex(@"\[\d+\]\([^)\s]*\)")]
    private static partial Regex Footnote();
}
