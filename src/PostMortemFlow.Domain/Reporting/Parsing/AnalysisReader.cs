using System.Text.RegularExpressions;
using Markdig.Syntax;
using PostMortemFlow.Domain.Model;
using static PostMortemFlow.Domain.Reporting.ReportFormat;

namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>The Contributing Factors section: immediate causes, one "###" per factor with its category and whys, systemic issues.</summary>
internal static partial class AnalysisReader
{
    public static Analysis Read(ReportSource source, ReportSection section)
    {
        source.Map.Add("analysis", section.HeadingLine + 1);
        source.Map.Add("analysis.factors", section.HeadingLine + 1);
        var immediate = ImmutableList<string>.Empty;
        var systemic = ImmutableList<string>.Empty;
        var factors = ImmutableList.CreateBuilder<ContributingFactor>();
        for (var i = 0; i < section.Blocks.Count; i++)
        {
            if (section.Blocks[i] is not HeadingBlock { Level: >= 3 } heading)
            {
                continue;
            }
            var last = i + 1;
            while (last < section.Blocks.Count && section.Blocks[last] is not HeadingBlock { Level: >= 3 })
            {
                last++;
            }
            var body = section.Blocks.GetRange(i + 1, last - i - 1);
            var bodyEnd = last < section.Blocks.Count ? section.Blocks[last].Line : section.End;
            var text = source.HeadingText(heading);
            switch (Key(text))
            {
                case "immediatecauses" or "immediatecause":
                    source.Map.Add("analysis.immediateCauses", heading.Line + 1);
                    immediate = source.ListItems(body, bodyEnd, "analysis.immediateCauses");
                    break;
                case "systemicissues" or "systemicissue":
                    source.Map.Add("analysis.systemicIssues", heading.Line + 1);
                    systemic = source.ListItems(body, bodyEnd, "analysis.systemicIssues");
                    break;
                default:
                    var path = $"analysis.factors[{factors.Count}]";
                    source.Map.Add(path, heading.Line + 1);
                    source.Map.Add(path + ".description", heading.Line + 1);
                    factors.Add(Factor(source, FactorPrefix().Replace(text, "").Trim(), body, bodyEnd, path));
                    break;
            }
        }
        return new Analysis { ImmediateCauses = immediate, Factors = factors.ToImmutable(), SystemicIssues = systemic };
    }

    private static ContributingFactor Factor(ReportSource source, string description, List<Block> body, int end, string path)
    {
        var category = FactorCategory.Other;
        var whyList = body.OfType<ListBlock>().FirstOrDefault();
        foreach (var (key, value, line) in source.Fields(body.Where(b => b is ParagraphBlock).ToList(), whyList?.Line ?? end))
        {
            if (key == "category")
            {
                source.Map.Add(path + ".category", line);
                if (!TryParseCategory(value, out category))
                {
                    source.Problem(line, $"Factor category '{value}' is unknown; use one of: "
                        + string.Join(", ", Enum.GetValues<FactorCategory>().Select(Category)) + ".");
                }
            }
        }
        var whys = whyList is null ? [] : source.ListItems([whyList], end, path + ".whys");
        return new ContributingFactor { Description = description, Category = category, Whys = whys };
    }

    [GeneratedRegex(@"^factor\s*\d*\s*(?:[:.\-–—]\s*|$)", RegexOptions.IgnoreCase)]
    private static partial Regex FactorPrefix();
}
