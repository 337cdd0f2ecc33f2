namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>The runs of word characters in a text, found without a pattern (the language rules read every word of a report).</summary>
internal static class WordRanges
{
    /// <param name="isWordChar">Whether the character at a position belongs to a word; it sees the whole text, so a
    /// dot inside a handle can count while a full stop does not.</param>
    public static IEnumerable<Range> In(string text, Func<string, int, bool> isWordChar)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(isWordChar);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && isWordChar(text, i);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return start..i;
                start = -1;
            }
        }
    }

    public static bool LetterOrDigit(string text, int i) => char.IsLetterOrDigit(text[i]);
}
