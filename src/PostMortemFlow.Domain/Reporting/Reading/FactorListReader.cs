using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Model;
using static PostMortemFlow.Domain.Reporting.Parsing.ReportFormat;

namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>
/// Contributing factors as the document lists them under a factors heading: one per top-level list item or per
/// "### Factor n: …" sub-heading, a bold or plain label naming the fishbone category, nested items as its whys; and
/// one factor per "why" chain of a five-whys section, its answers in order. Paragraphs are not split into factors.
/// </summary>
internal static partial class FactorListReader
{
    public static ImmutableList<ContributingFactor> Read(ReadingContext context, OutlinedSection section)
    {
        var factors = ImmutableList.CreateBuilder<ContributingFactor>();
        var top = section.Blocks.OfType<BlockListItem>().Select(i => i.Depth).DefaultIfEmpty(0).Min();
        var hasItems = section.Blocks.OfType<BlockListItem>().Any();
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case BlockListItem item when item.Depth == top:
                    Add(context, factors, Labelled(item.Text), item.Line);
                    break;
                case BlockListItem why when factors.Count > 0:
                    factors[^1] = factors[^1] with { Whys = factors[^1].Whys.Add(TimelineRowReader.Plain(why.Text)) };
                    break;
                case BlockHeading heading when FactorHeading().Match(heading.Text) is { Success: true } m:
                    Add(context, factors, new ContributingFactor { Description = m.Groups["text"].Value.Trim() }, heading.Line);
                    break;
                case BlockParagraph paragraph when !hasItems && factors.Count > 0 && section.Blocks.OfType<BlockHeading>().Any():
                    break;
                default:
                    context.NotUsed(block, section.Heading);
                    break;
            }
        }
        return factors.ToImmutable();
    }

    /// <summary>
    /// The causes a "Root Cause(s)" or "Cause" section states as factors: one per top-level item of its list, or the
    /// section's one paragraph when that is all it says. Prose of several paragraphs is a narrative, not a list, and a
    /// "Trigger" names the event that set the causes off, not a cause.
    /// </summary>
    public static IEnumerable<ContributingFactor> FromCauses(ReadingContext context, OutlinedSection section)
    {
        if (!CauseHeading().IsMatch(section.Heading))
        {
            return [];
        }
        var items = section.Blocks.OfType<BlockListItem>().ToList();
        var factors = ImmutableList.CreateBuilder<ContributingFactor>();
        if (items.Count > 0)
        {
            var top = items.Min(i => i.Depth);
            foreach (var item in items.Where(i => i.Depth == top))
            {
                Add(context, factors, Labelled(item.Text), item.Line);
            }
        }
        else if (section.Blocks is [BlockParagraph only])
        {
            Add(context, factors, new ContributingFactor { Description = TimelineRowReader.Plain(only.Text) }, only.Line);
        }
        return factors.ToImmutable();
    }

    /// <summary>A five-whys section: its items, in order, are the whys of one factor, the first answer its description.</summary>
    public static ContributingFactor? Chain(ReadingContext context, OutlinedSection section)
    {
        var answers = section.Blocks
            .Select(b => b switch { BlockListItem i => i.Text, BlockParagraph p => p.Text, _ => "" })
            .Where(t => t.Trim().Length > 0)
            .Select(t => TimelineRowReader.Plain(t))
            .ToImmutableList();
        if (answers.Count == 0)
        {
            return null;
        }
        context.MapFactor(section.Line);
        return new ContributingFactor { Description = answers[0], Whys = answers };
    }

    private static void Add(ReadingContext context, ImmutableList<ContributingFactor>.Builder factors, ContributingFactor factor, int line)
    {
        context.MapFactor(line);
        factors.Add(factor);
    }

    /// <summary>A factor in the author's words; a bold label that names a fishbone bone gives its category too.</summary>
    private static ContributingFactor Labelled(string text)
    {
        var plain = text.Replace('\n', ' ').Trim();
        var factor = new ContributingFactor { Description = TimelineRowReader.Plain(plain) };
        if (BoldLabel().Match(plain) is { Success: true } bold && TryParseCategory(bold.Groups["label"].Value, out var category))
        {
            factor = factor with { Category = category, CategoryAsWritten = bold.Groups["label"].Value.Trim() };
        }
        return factor;
    }

    [GeneratedRegex(@"\bcauses?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CauseHeading();

    [GeneratedRegex(@"^factor\s*\d*\s*[:.\-–—]\s*(?<text>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex FactorHeading();

    [GeneratedRegex(@"^\*\*(?<label>[^*]+?)\s*:?\s*\*\*\s*[:\-–—]?\s*(?<text>.*)$")]
    private static partial Regex BoldLabel();
}
