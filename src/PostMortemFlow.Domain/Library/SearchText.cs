using System.Globalization;
using System.Text;

namespace PostMortemFlow.Domain.Library;

/// <summary>
/// What someone typed in the search box, as phrases to find, every one of them. Only letters and digits make words, the way
/// the index splits text: <c>"connection pool" orders-db</c> is the phrase "connection pool" and the phrase "orders db";
/// quotes, operators and punctuation are never passed on as syntax, so no input can break the query.
/// </summary>
public static class SearchText
{
    public static IReadOnlyList<SearchPhrase> Phrases(string? text)
    {
        var phrases = new List<SearchPhrase>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return phrases;
        }
        var quoted = false;
        var words = new List<string>();
        var word = new StringBuilder();
        void EndWord()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString().ToLowerInvariant());
                word.Clear();
            }
        }
        void EndPhrase()
        {
            EndWord();
            if (words.Count > 0)
            {
                phrases.Add(new SearchPhrase([.. words]));
                words.Clear();
            }
        }
        foreach (var c in text)
        {
            if (c == '"')
            {
                EndPhrase();
                quoted = !quoted;
            }
            else if (IsWordCharacter(c))
            {
                word.Append(c);
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                EndPhrase();
            }
            else
            {
                EndWord();
            }
        }
        EndPhrase();
        return phrases;
    }

    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
