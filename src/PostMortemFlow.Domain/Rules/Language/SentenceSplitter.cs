using System.Text.RegularExpressions;

namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>
/// Splits prose at sentence ends (". ", "! ", "? "), blank lines and list items; a period inside a token
/// ("v2.3.0", "orders.customer_id") or after an abbreviation ("e.g.", "approx.") or an initial does not end one.
/// </summary>
internal static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "vs", "cf", "approx", "incl", "resp", "dr", "mr", "mrs", "ms", "jr", "sr", "fig", "ca", "al",
    };

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var lines = new LineCounter(text);
        var start = 0;
        foreach (Match boundary in Boundary().Matches(text))
        {
            var end = boundary.Index + (boundary.Groups["keep"].Success ? boundary.Groups["keep"].Length : 0);
            if (boundary.Groups["stop"].Success && IsAbbreviation(text, boundary.Index))
            {
                continue;
            }
            Add(sentences, text, start, end, lines);
            start = boundary.Index + boundary.Length;
        }
        Add(sentences, text, start, text.Length, lines);
        return sentences;
    }

    private static bool IsAbbreviation(string text, int periodIndex)
    {
        var wordStart = periodIndex;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }
        var word = text[wordStart..periodIndex];
        return word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word);
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end, LineCounter lines)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            sentences.Add(new Sentence(text[start..end], start, lines.Before(start)));
        }
    }

    /// <summary>Newlines before an offset, counted once as the offsets grow (a long field must not cost its square).</summary>
    private sealed class LineCounter(string text)
    {
        private int _offset;
        private int _lines;

        public int Before(int offset)
        {
            for (; _offset < offset; _offset++)
            {
                if (text[_offset] == '\n')
                {
                    _lines++;
                }
            }
            return _lines;
        }
    }

    // A sentence ends at [.!?] (kept, with any closing quote or bracket) followed by whitespace or the end,
    // at a blank line, or before a Markdown list item.
    [GeneratedRegex("""(?<stop>(?<keep>[.!?]+["'”’)\]]*)(?=\s|$))|\n[ \t]*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t])""")]
    private static partial Regex Boundary();
}
