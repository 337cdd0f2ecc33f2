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
        var previous = default(Range);
        var hasPrevious = false;
        var span = text.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var inWord = i < span.Length && (char.IsLetterOrDigit(span[i]) || span[i] is '_' or '-' or '.' && start >= 0
                && i + 1 < span.Length && char.IsLetterOrDigit(span[i + 1]));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (hasPrevious && IsFollower(span[start..i]) && char.IsLetter(span[previous.Start.Value]))
                {
                    var word = span[previous].ToString();
                    if (!NameLexicon.NotNames.Contains(word))
                    {
                        found.Add(word);
                    }
                }
                hasPrevious = i < span.Length && char.IsWhiteSpace(span[i]);
                previous = start..i;
                start = -1;
            }
            else if (!inWord && i < span.Length && !char.IsWhiteSpace(span[i]))
            {
                hasPrevious = false;
            }
        }
    }

    private bool IsFollower(ReadOnlySpan<char> word) =>
        _followers.Contains(word) || plurals && word.Length > 3 && word[^1] is 's' or 'S' && _followers.Contains(word[..^1]);
}
