namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>
/// A quick look for any of a set of words, before a long pattern runs: most sentences of a long report hold none of
/// them, and a pattern of many alternatives costs its length at every position of every sentence.
/// </summary>
internal sealed class TriggerWords
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    public TriggerWords(string words)
    {
        var set = new HashSet<string>(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
        _words = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether any word of <paramref name="text"/> (a run of letters and digits) is one of the words.</summary>
    public bool AnyIn(string text)
    {
        var span = text.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var inWord = i < span.Length && char.IsLetterOrDigit(span[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (_words.Contains(span[start..i]))
                {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }
}
