using System.Text.RegularExpressions;

namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>
/// A timeline that a sentence announces inside a section about something else: "Here is the timeline of what happened,
/// all times in Pacific Time:" under "Technical details", or "We took the following actions to remedy (all times US
/// Pacific Time):" under "What actions has Replit taken so far?". The list after it is rows when at least two of its
/// items open with a time; the sentence is the rows' heading, so a zone it states applies to them.
/// </summary>
internal static partial class AnnouncedTimeline
{
    /// <summary>The announced rows as a timeline section, and the section without them; null when there are none.</summary>
    public static (OutlinedSection Timeline, OutlinedSection Remainder)? Split(OutlinedSection section, int? year)
    {
        var start = section.Blocks.FindIndex(b => b is BlockParagraph p && Announcement().IsMatch(p.Text.Trim()));
        if (start < 0)
        {
            return null;
        }
        var end = section.Blocks.FindIndex(start + 1, b => b is BlockHeading);
        end = end < 0 ? section.Blocks.Count : end;
        var rows = section.Blocks.GetRange(start + 1, end - start - 1);
        if (rows.OfType<BlockListItem>().Count(i => WrittenClock.AtStart(i.Text, year ?? 2000) is not null) < 2)
        {
            return null;
        }
        var announcement = (BlockParagraph)section.Blocks[start];
        var timeline = new OutlinedSection(announcement.Text, announcement.Line, section.Level, SectionMeaning.Timeline);
        timeline.Blocks.AddRange(rows);
        var rest = new OutlinedSection(section.Heading, section.Line, section.Level, section.Meaning);
        rest.Blocks.AddRange(section.Blocks.Take(start));
        rest.Blocks.AddRange(section.Blocks.Skip(end));
        return (timeline, rest);
    }

    [GeneratedRegex(@"(?:\btime\s?line\b|\ball\s+times\b|\btimes\s+(?:are\s+)?(?:in|US)\b)[^\n]{0,120}:\)?$|\(\s*all\s+times\b[^)]*\)\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex Announcement();
}
