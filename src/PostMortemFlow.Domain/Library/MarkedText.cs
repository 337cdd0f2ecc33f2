using System.Net;
using System.Text;

namespace PostMortemFlow.Domain.Library;

/// <summary>
/// Text with its matches between two sentinel characters (what the search engine's highlighter returns) made into HTML:
/// the text encoded, each match in <c>&lt;mark&gt;</c>. The sentinels are control characters no indexed text keeps
/// (<see cref="Clean"/>), so only the engine's marks become markup.
/// </summary>
public static class MarkedText
{
    public const char Open = '\u0002';
    public const char Close = '\u0003';

    public static string ToHtml(string marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var html = new StringBuilder(marked.Length + 32);
        var open = false;
        var run = new StringBuilder();
        void Flush()
        {
            html.Append(WebUtility.HtmlEncode(run.ToString()));
            run.Clear();
        }
        foreach (var c in marked)
        {
            if (c == Open && !open)
            {
                Flush();
                html.Append("<mark>");
                open = true;
            }
            else if (c == Close && open)
            {
                Flush();
                html.Append("</mark>");
                open = false;
            }
            else if (c is not (Open or Close))
            {
                run.Append(c);
            }
        }
        Flush();
        if (open)
        {
            html.Append("</mark>");
        }
        return html.ToString();
    }

    /// <summary>The text without the sentinel characters, as it is indexed.</summary>
    public static string Clean(string text) =>
        text.Contains(Open, StringComparison.Ordinal) || text.Contains(Close, StringComparison.Ordinal)
            ? text.Replace(Open.ToString(), "", StringComparison.Ordinal).Replace(Close.ToString(), "", StringComparison.Ordinal)
            : text;

    /// <summary>The first words of a text up to about <paramref name="length"/> characters, encoded, for a hit without matches.</summary>
    public static string Excerpt(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = Clean(text).Trim();
        if (clean.Length <= length)
        {
            return WebUtility.HtmlEncode(clean);
        }
        var cut = clean.LastIndexOf(' ', length);
        return WebUtility.HtmlEncode(clean[..(cut > length / 2 ? cut : length)]) + "…";
    }
}
