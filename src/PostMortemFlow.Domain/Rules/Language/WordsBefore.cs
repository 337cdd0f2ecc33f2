namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>
/// The words that stand right before one of a set of words, separated by spaces only ("the Sudowoodo bot", "darkk
/// said"), found in one pass over the text: a pattern tried at every position cost a long report tens of milliseconds.
/// </summary>
internal sealed class WordsBefore(IEnumerable<string> followers, bool plurals)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _followers =
        new HashSet<string>(followers, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds to <paramref name="found"/> each word (starting with a letter) that comes right before a follower.</summary>
    public void AddTo(string text, ISet<string> found)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(found);
        Range? previous = null;
        foreach (var range in WordRanges.In(text, IsWordChar))
        {
            if (previous is { } before && IsFollower(text.AsSpan()[range]) && char.IsLetter(text[before.Start])
                && WhiteSpaceOnly(text.AsSpan(before.End.Value, range.Start.Value - before.End.Value)))
            {
                var word = text[before];
                if (!NameLexicon.NotNames.Contains(word))
                {
                    found.Add(word);
                }
            }
            previous = range;
        }
    }

    // Letters, digits, "_" and "-", and a dot between two of them ("priya.sharma said").
    private static bool IsWordChar(string text, int i) =>
        char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-'
        || text[i] == '.' && i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

    private static bool WhiteSpaceOnly(ReadOnlySpan<char> gap) => gap.Length > 0 && gap.Trim().IsEmpty;

    private bool IsFollower(ReadOnlySpan<char> word) =>
        _followers.Contains(word) || plurals && word.Length > 3 && word[^1] is 's' or 'S' && _followers.Contains(word[..^1]);
}
