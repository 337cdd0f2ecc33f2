using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>
/// HTML as <see cref="DocumentBlock"/>s, read with a real HTML parser: a Confluence page export or a Google Docs
/// "Web page" export. Headings, paragraphs, lists (with their depth and checkboxes) and tables; a Google Docs title
/// paragraph (class "title") is a level-1 heading; links keep their address after their words.
/// Lines are block positions, counted from 1 in reading order.
/// </summary>
public static class HtmlBlocks
{
    private static readonly HtmlParser Parser = new();

    public static BlockDocument Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = Parser.ParseDocument(html);
        var blocks = new List<DocumentBlock>();
        var root = (INode?)document.Body ?? document.DocumentElement;
        Walk(root, 0, blocks);
        return new BlockDocument(blocks);
    }

    private static void Walk(INode node, int depth, List<DocumentBlock> blocks)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is not IElement element)
            {
                if (child.NodeType == NodeType.Text && child.TextContent.Trim().Length > 0 && node is IElement { LocalName: "body" or "div" or "section" or "article" or "main" })
                {
                    blocks.Add(new BlockParagraph(blocks.Count + 1, Collapse(child.TextContent)));
                }
                continue;
            }
            switch (element.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    blocks.Add(new BlockHeading(blocks.Count + 1, element.LocalName[1] - '0', Collapse(element.TextContent)));
                    break;
                case "p" when element.ClassList.Contains("title"):
                    blocks.Add(new BlockHeading(blocks.Count + 1, 1, Collapse(element.TextContent)));
                    break;
                case "pre":
                    blocks.Add(new BlockCode(blocks.Count + 1, element.TextContent.Trim()));
                    break;
                case "p" or "blockquote" when !element.Children.Any(c => IsBlock(c.LocalName)):
                    var text = TextOf(element, element.LocalName == "pre");
                    if (text.Length > 0)
                    {
                        blocks.Add(new BlockParagraph(blocks.Count + 1, text));
                    }
                    break;
                case "ul" or "ol":
                    foreach (var item in element.Children.Where(c => c.LocalName == "li"))
                    {
                        AddItem(item, depth + ListOffset(element), blocks);
                    }
                    break;
                case "table":
                    blocks.Add(TableOf(element, blocks.Count + 1));
                    break;
                case "script" or "style" or "head" or "title" or "meta" or "nav":
                    break;
                default:
                    Walk(element, depth, blocks);
                    break;
            }
        }
    }

    /// <summary>Google Docs writes nested lists as flat lists with a "lst-…-N" class giving the level.</summary>
    private static int ListOffset(IElement list)
    {
        foreach (var name in list.ClassList)
        {
            var dash = name.LastIndexOf('-');
            if (name.StartsWith("lst-", StringComparison.Ordinal) && dash > 0 && int.TryParse(name[(dash + 1)..], out var level))
            {
                return level;
            }
        }
        return 0;
    }

    private static void AddItem(IElement item, int depth, List<DocumentBlock> blocks)
    {
        var own = new List<string>();
        bool? isChecked = null;
        if (item.QuerySelector("input[type=checkbox]") is { } box && box.Closest("li") == item)
        {
            isChecked = box.HasAttribute("checked");
        }
        if (item.HasAttribute("data-inline-task-id"))
        {
            // A Confluence task list item: checked when done.
            isChecked = item.ClassList.Contains("checked");
        }
        var nested = new List<IElement>();
        var words = new System.Text.StringBuilder();
        foreach (var child in item.ChildNodes)
        {
            if (child is IElement { LocalName: "ul" or "ol" } list)
            {
                nested.Add(list);
            }
            else
            {
                AppendNode(child, words, false);
            }
        }
        own.Add(Collapse(words.ToString()));
        blocks.Add(new BlockListItem(blocks.Count + 1, depth, string.Join(" ", own.Where(t => t.Length > 0)).Trim(), isChecked));
        foreach (var list in nested)
        {
            foreach (var sub in list.Children.Where(c => c.LocalName == "li"))
            {
                AddItem(sub, depth + 1, blocks);
            }
        }
    }

    private static BlockTable TableOf(IElement table, int line)
    {
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
        var header = ImmutableArray<string>.Empty;
        var body = ImmutableArray.CreateBuilder<BlockTableRow>();
        foreach (var row in rows)
        {
            var cells = row.Children.Where(c => c.LocalName is "td" or "th").Select(c => TextOf(c, false)).ToImmutableArray();
            if (header.IsEmpty && (row.Children.All(c => c.LocalName == "th") || row.ParentElement?.LocalName == "thead" || rows.IndexOf(row) == 0))
            {
                header = cells;
            }
            else
            {
                body.Add(new BlockTableRow(line, cells));
            }
        }
        return new BlockTable(line, header, body.ToImmutable());
    }

    /// <summary>An element's words, with "&lt;br&gt;" and block children as line breaks and links as "words (address)".</summary>
    private static string TextOf(IElement element, bool keepLines)
    {
        var parts = new System.Text.StringBuilder();
        Append(element, parts, keepLines);
        var text = parts.ToString();
        return keepLines ? text.Trim() : string.Join('\n', text.Split('\n').Select(Collapse).Where(l => l.Length > 0));
    }

    private static void Append(INode node, System.Text.StringBuilder parts, bool keepLines)
    {
        foreach (var child in node.ChildNodes)
        {
            AppendNode(child, parts, keepLines);
        }
    }

    private static void AppendNode(INode child, System.Text.StringBuilder parts, bool keepLines)
    {
        switch (child)
        {
            case IElement { LocalName: "br" }:
                parts.Append('\n');
                break;
            case IElement { LocalName: "a" } link when link.GetAttribute("href") is { Length: > 0 } href && !href.StartsWith('#'):
                var words = Collapse(link.TextContent);
                parts.Append(words.Length == 0 || words == href ? href : $"[{words}]({href})");
                break;
            case IElement { LocalName: "s" or "del" or "strike" } struck:
                parts.Append("~~").Append(Collapse(struck.TextContent)).Append("~~");
                break;
            case IElement e when IsBlock(e.LocalName):
                parts.Append('\n');
                Append(e, parts, keepLines);
                parts.Append('\n');
                break;
            case IElement e:
                Append(e, parts, keepLines);
                break;
            default:
                parts.Append(keepLines ? child.TextContent : child.TextContent.Replace('\n', ' '));
                break;
        }
    }

    private static bool IsBlock(string name) =>
        name is "p" or "div" or "ul" or "ol" or "table" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "pre" or "blockquote" or "li" or "tr";

    private static string Collapse(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.Replace('\u00a0', ' '), @"[ \t\r\n]+", " ").Trim();
}
