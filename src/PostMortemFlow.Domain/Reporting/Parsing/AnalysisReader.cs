using System.Text.RegularExpressions;
using Markdig.Syntax;
using PostMortemFlow.Domain.Model;
using static PostMortemFlow.Domain.Reporting.Parsing.ReportFormat;

namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>
/// The Contributing Factors section in either layout: the report's own (one "### Factor n:" per factor with its
/// category and five whys) or the method's template (a "### Contributing Factors" list of fishbone bones,
/// "1. **Monitoring Gap**: pool utilization not monitored", whose bold label is the category). Both have their
/// "### Immediate Cause(s)" and "### Systemic Issues", as a list or as paragraphs.
/// </summary>
internal static partial class AnalysisReader
{
    public static Analysis Read(ReportSource source, ReportSection section)
    {
        source.Map.Add("analysis", section.HeadingLine + 1);
        source.Map.Add("analysis.factors", section.HeadingLine + 1);
        var reader = new Factors(source);
        var immediate = ImmutableList<string>.Empty;
        var systemic = ImmutableList<string>.Empty;
        var blocks = section.Blocks;
        var first = blocks.FindIndex(b => b is HeadingBlock { Level: >= 3 });
        reader.FromLists(first < 0 ? blocks : blocks[..first], first < 0 ? section.End : blocks[first].Line);
        for (var i = first < 0 ? blocks.Count : first; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock { Level: >= 3 } heading)
            {
                continue;
            }
            var last = blocks.FindIndex(i + 1, b => b is HeadingBlock { Level: >= 3 });
            last = last < 0 ? blocks.Count : last;
            var body = blocks.GetRange(i + 1, last - i - 1);
            var bodyEnd = last < blocks.Count ? blocks[last].Line : section.End;
            switch (Key(source.HeadingParts(heading).Name))
            {
                case "immediatecauses" or "immediatecause":
                    source.Map.Add("analysis.immediateCauses", heading.Line + 1);
                    immediate = source.Items(body, bodyEnd, "analysis.immediateCauses");
                    break;
                case "systemicissues" or "systemicissue":
                    source.Map.Add("analysis.systemicIssues", heading.Line + 1);
                    systemic = source.Items(body, bodyEnd, "analysis.systemicIssues");
                    break;
                case "contributingfactors" or "contributingfactor" or "factors" or "fishbone" or "fishboneanalysis":
                    reader.FromLists(body, bodyEnd);
                    break;
                default:
                    reader.FromHeading(FactorPrefix().Replace(source.HeadingText(heading), "").Trim(), heading.Line, body, bodyEnd);
                    break;
            }
        }
        reader.NoteCategories(section.HeadingLine + 1);
        return new Analysis { ImmediateCauses = immediate, Factors = reader.Read, SystemicIssues = systemic };
    }

    /// <summary>The factors read so far, and how their written categories were read.</summary>
    private sealed class Factors(ReportSource source)
    {
        private readonly ImmutableList<ContributingFactor>.Builder _factors = ImmutableList.CreateBuilder<ContributingFactor>();
        private readonly List<string> _mapped = [];

        public ImmutableList<ContributingFactor> Read => _factors.ToImmutable();

        private string Path => $"analysis.factors[{_factors.Count}]";

        /// <summary>"### Factor 1: description", a "**Category:** …" line, and the whys as a numbered list.</summary>
        public void FromHeading(string description, int line, List<Block> body, int end)
        {
            var path = Path;
            source.Map.Add(path, line + 1);
            source.Map.Add(path + ".description", line + 1);
            var factor = new ContributingFactor { Description = description };
            var whyList = body.OfType<ListBlock>().FirstOrDefault();
            foreach (var (key, value, at) in source.Fields(body.Where(b => b is ParagraphBlock).ToList(), whyList?.Line ?? end))
            {
                if (key == "category")
                {
                    source.Map.Add(path + ".category", at);
                    factor = Categorised(factor, value);
                }
            }
            _factors.Add(factor with { Whys = whyList is null ? [] : source.ListItems([whyList], end, path + ".whys") });
        }

        /// <summary>One factor per list item, "**Label**: description", with the whys as a nested list.</summary>
        public void FromLists(List<Block> blocks, int end)
        {
            for (var b = 0; b < blocks.Count; b++)
            {
                if (blocks[b] is not ListBlock list)
                {
                    continue;
                }
                var listEnd = ReportSource.BlockEnd(blocks, b, end);
                for (var i = 0; i < list.Count; i++)
                {
                    var item = (ListItemBlock)list[i];
                    var itemEnd = ReportSource.BlockEnd(list, i, listEnd);
                    var whyList = item.OfType<ListBlock>().FirstOrDefault();
                    FromItem(item.Line, whyList, whyList?.Line ?? itemEnd, itemEnd);
                }
            }
        }

        private void FromItem(int line, ListBlock? whyList, int textEnd, int itemEnd)
        {
            var path = Path;
            foreach (var suffix in new[] { "", ".description", ".category" })
            {
                source.Map.Add(path + suffix, line + 1);
            }
            // A factor is one line in the report's layout: continuation lines join with a space.
            var text = source.JoinLines(line, textEnd).Replace('\n', ' ');
            var labelled = BoldLabel().Match(text) is { Success: true } bold ? bold
                : PlainLabel().Match(text) is { Success: true } plain && TryParseCategory(plain.Groups["label"].Value, out _) ? plain
                : null;
            var factor = new ContributingFactor { Description = labelled?.Groups["text"].Value.Trim() ?? text };
            if (labelled is not null)
            {
                factor = Categorised(factor, labelled.Groups["label"].Value.Trim());
            }
            _factors.Add(factor with { Whys = whyList is null ? [] : source.ListItems([whyList], itemEnd, path + ".whys") });
        }

        /// <summary>The category a label names, keeping the label when the model spells it differently.</summary>
        private ContributingFactor Categorised(ContributingFactor factor, string label)
        {
            var category = CategoryOf(label);
            var canonical = Category(category);
            if (Key(label) != Key(canonical))
            {
                _mapped.Add($"'{label}' → {canonical}");
            }
            return factor with { Category = category, CategoryAsWritten = label == canonical ? null : label };
        }

        public void NoteCategories(int line)
        {
            if (_mapped.Count > 0)
            {
                source.Note(line, $"Factor categories read as: {string.Join(", ", _mapped.Distinct())}.");
            }
        }
    }

    [GeneratedRegex(@"^factor\s*\d*\s*(?:[:.\-–—]\s*|$)", RegexOptions.IgnoreCase)]
    private static partial Regex FactorPrefix();

    [GeneratedRegex(@"^\*\*(?<label>[^*]+?)\s*:?\s*\*\*\s*[:\-–—]?\s*(?<text>.*)$")]
    private static partial Regex BoldLabel();

    [GeneratedRegex(@"^(?<label>[^:*`]{2,40}):\s+(?<text>.+)$")]
    private static partial Regex PlainLabel();
}
