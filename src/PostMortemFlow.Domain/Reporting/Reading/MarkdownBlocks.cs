using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using PostMortemFlow.Domain.Reporting.Parsing;

namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>
/// Markdown as <see cref="DocumentBlock"/>s. Texts are taken from the source lines, so emphasis and links stay as
/// written ("**14:51**", "[#123](https://…)") for the reader to interpret.
/// </summary>
public static partial class MarkdownBlocks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter().UsePipeTables().UseGridTables().UseTaskLists().Build();

    public static BlockDocument Read(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        var frontMatter = ImmutableDictionary<string, string>.Empty;
        if (TomlFrontMatter().Match(text) is { Success: true } toml)
        {
            // Blog engines (Zola, Hugo) write "+++" TOML front matter; blank it out so lines keep their numbers.
            frontMatter = FrontMatter.Fields(toml.Groups["body"].Value.Replace(" = ", ": ", StringComparison.Ordinal));
            text = new string('\n', toml.Value.Count(c => c == '\n')) + text[toml.Length..];
        }
        var document = Markdown.Parse(text, Pipeline);
        if (document.FirstOrDefault() is YamlFrontMatterBlock swallowed && swallowed.Lines.Lines.Take(swallowed.Lines.Count).Any(l => HeadingLine().IsMatch(l.ToString())))
        {
            // A report that opens with a "---" rule and has another one further down is not front matter up to there:
            // YAML holds no Markdown headings. The first rule is blanked so lines keep their numbers.
            text = text[text.IndexOf('\n', StringComparison.Ordinal)..];
            document = Markdown.Parse(text, Pipeline);
        }
        var blocks = new List<DocumentBlock>();
        var references = document.Descendants<LinkReferenceDefinition>()
            .Where(d => d.Label is not null && d.Url is not null)
            .GroupBy(d => d.Label!.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First().Url!);
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock yaml)
            {
                frontMatter = FrontMatter.Fields(string.Join('\n', yaml.Lines.Lines.Take(yaml.Lines.Count).Select(l => l.ToString())));
                continue;
            }
            Add(block, 0, text, blocks);
        }
        return new BlockDocument([.. blocks.Select(b => WithReferences(b, references))], frontMatter);
    }

    private static void Add(Block block, int depth, string text, List<DocumentBlock> blocks)
    {
        switch (block)
        {
            case HeadingBlock heading:
                blocks.Add(new BlockHeading(heading.Line + 1, heading.Level, LinesOf(heading, text).Split('\n')[0].Trim()));
                break;
            case Table table:
                blocks.Add(TableOf(table, text));
                break;
            case ListBlock list:
                foreach (var child in list)
                {
                    if (child is ListItemBlock item)
                    {
                        AddItem(item, depth, text, blocks);
                    }
                }
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    Add(child, depth, text, blocks);
                }
                break;
            case ThematicBreakBlock or LinkReferenceDefinitionGroup or BlankLineBlock or HtmlBlock { Type: HtmlBlockType.Comment }:
                break;
            case CodeBlock code:
                blocks.Add(new BlockCode(code.Line + 1, LinesOf(code, text)));
                break;
            case LeafBlock leaf:
                var body = LinesOf(leaf, text);
                if (body.Trim().Length > 0)
                {
                    blocks.Add(new BlockParagraph(leaf.Line + 1, body.Trim()));
                }
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Add(child, depth, text, blocks);
                }
                break;
        }
    }

    /// <summary>An item's own text (its paragraphs), then its nested lists one level deeper.</summary>
    private static void AddItem(ListItemBlock item, int depth, string text, List<DocumentBlock> blocks)
    {
        var own = new List<string>();
        bool? isChecked = null;
        var rest = new List<Block>();
        foreach (var child in item)
        {
            if (child is ParagraphBlock paragraph && rest.Count == 0)
            {
                if (own.Count == 0 && paragraph.Inline?.FirstChild is TaskList task)
                {
                    isChecked = task.Checked;
                }
                own.Add(LinesOf(paragraph, text));
            }
            else
            {
                rest.Add(child);
            }
        }
        var itemText = string.Join('\n', own);
        if (isChecked is not null)
        {
            itemText = TaskMarker().Replace(itemText, "", 1);
        }
        blocks.Add(new BlockListItem(item.Line + 1, depth, itemText.Trim(), isChecked));
        foreach (var child in rest)
        {
            Add(child, depth + 1, text, blocks);
        }
    }

    private static BlockTable TableOf(Table table, string text)
    {
        var header = ImmutableArray<string>.Empty;
        var rows = ImmutableArray.CreateBuilder<BlockTableRow>();
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = row.OfType<TableCell>().Select(c => ReportFormat.UnCell(CellText(c, text))).ToImmutableArray();
            if (row.IsHeader && header.IsEmpty)
            {
                header = cells;
            }
            else
            {
                rows.Add(new BlockTableRow(row.Line + 1, cells));
            }
        }
        return new BlockTable(table.Line + 1, header, rows.ToImmutable());
    }

    private static string CellText(TableCell cell, string text) =>
        string.Join('\n', cell.OfType<LeafBlock>().Select(b => Source(text, b)));

    /// <summary>Reference-style links written out inline, "[text][ref]" and "[ref]" as "[text](url)", so readers see one form.</summary>
    private static DocumentBlock WithReferences(DocumentBlock block, Dictionary<string, string> references)
    {
        if (references.Count == 0)
        {
            return block;
        }
        string Resolve(string text) => ReferenceLink().Replace(text, m =>
        {
            var label = (m.Groups["ref"].Success && m.Groups["ref"].Value.Length > 0 ? m.Groups["ref"].Value : m.Groups["text"].Value).ToLowerInvariant();
            return references.TryGetValue(label, out var url) ? $"[{m.Groups["text"].Value}]({url})" : m.Value;
        });
        return block switch
        {
            BlockParagraph p => p with { Text = Resolve(p.Text) },
            BlockListItem i => i with { Text = Resolve(i.Text) },
            BlockTable t => t with { Rows = [.. t.Rows.Select(r => r with { Cells = [.. r.Cells.Select(Resolve)] })] },
            _ => block,
        };
    }

    /// <summary>A leaf's text as written, without the markers of the quotes and lists around it.</summary>
    private static string LinesOf(LeafBlock leaf, string text)
    {
        if (leaf.Lines.Lines is { } lines)
        {
            return string.Join('\n', lines.Take(leaf.Lines.Count).Select(l => l.ToString()));
        }
        var source = Source(text, leaf);
        if (leaf is HeadingBlock)
        {
            return source.Split('\n')[0].Trim().Trim('#').Trim();
        }
        return string.Join('\n', source.Split('\n').Select(l => QuoteMarker().Replace(l, "")));
    }

    private static string Source(string text, Block block) =>
        block.Span.Start >= 0 && block.Span.End < text.Length + 1 && block.Span.Length > 0
            ? text.Substring(block.Span.Start, Math.Min(block.Span.Length, text.Length - block.Span.Start))
            : "";

    [GeneratedRegex(@"\[(?<text>[^\]]+)\](?:\[(?<ref>[^\]]*)\]|(?![(\[:]))")]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"^\s*(?:>\s?)+")]
    private static partial Regex QuoteMarker();

    [GeneratedRegex(@"^#{1,6}\s+\S")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^\+\+\+\n(?<body>.*?)\n\+\+\+\n", RegexOptions.Singleline)]
    private static partial Regex TomlFrontMatter();

    [GeneratedRegex(@"^\s*\[[ xX]\]\s*")]
    private static partial Regex TaskMarker();
}
