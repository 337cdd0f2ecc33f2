using AngleSharp.Html.Parser;

namespace PostMortemFlow.Integrations.Teams;

/// <summary>The text people read in an HTML fragment (a chat message body), parsed as a browser would.</summary>
public static class HtmlText
{
    private static readonly HtmlParser Parser = new();

    public static string ToPlain(string html)
    {
        using var document = Parser.ParseDocument($"<body>{html}</body>");
        foreach (var block in document.QuerySelectorAll("br, p, div, li, tr"))
        {
            block.Before(document.CreateTextNode(" "));
        }
        return document.Body?.TextContent.Trim() ?? "";
    }
}
