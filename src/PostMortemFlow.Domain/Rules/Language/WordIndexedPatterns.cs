using System.Text.RegularExpressions;

namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>
/// Patterns each run only on text that holds one of its words. One pattern of a hundred alternatives costs all of them
/// at every position of every sentence (a 2 000-sentence report took a quarter of a second); indexed by the words they
/// need, a sentence is read once and only the few patterns its words can match are tried.
/// </summary>
internal sealed class WordIndexedPatterns
{
    private readonly Regex[] _patterns;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byWord;
    private readonly (string First, string Second, int Pattern)[] _byPair;

    /// <param name="entries">Each pattern with the words it cannot match without, separated by spaces; "no+one" is a
    /// pair of words that must stand side by side.</param>
    public WordIndexedPatterns(IReadOnlyList<(string Words, string Pattern)> entries, RegexOptions options)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(entries), entries.Count, "At most 64 patterns: the candidates of a text are one 64-bit set.");
        }
        _patterns = [.. entries.Select(e => new Regex(e.Pattern, options | RegexOptions.CultureInvariant | RegexOptions.Compiled))];
        var byWord = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var pairs = new List<(string, string, int)>();
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var word in entries[i].Words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Split('+') is [var first, var second])
                {
                    pairs.Add((first, second, i));
                }
                else
                {
                    (byWord.TryGetValue(word, out var list) ? list : byWord[word] = []).Add(i);
                }
            }
        }
        _byWord = byWord.ToDictionary(w => w.Key, w => w.Value.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _byPair = [.. pairs];
    }

    /// <summary>Every match of every pattern whose words the text holds, in order of position.</summary>
    public IEnumerable<Match> Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = Candidates(text);
        if (candidates == 0)
        {
            return [];
        }
        var matches = new List<Match>();
        for (var index = 0; index < _patterns.Length; index++)
        {
            if ((candidates & (1UL << index)) != 0)
            {
                matches.AddRange(_patterns[index].Matches(text));
            }
        }
        return matches.Count <= 1 ? matches : matches.OrderBy(m => m.Index).ThenByDescending(m => m.Length);
    }

    /// <summary>The first match of the patterns the text's words allow, or null.</summary>
    public Match? FirstMatch(string text) => Matches(text).FirstOrDefault();

    private ulong Candidates(string text)
    {
        var candidates = 0UL;
        Range? previous = null;
        foreach (var range in WordRanges.In(text, WordRanges.LetterOrDigit))
        {
            var word = text.AsSpan()[range];
            if (_byWord.TryGetValue(word, out var indexes))
            {
                foreach (var index in indexes)
                {
                    candidates |= 1UL << index;
                }
            }
            if (previous is { } before)
            {
                foreach (var (first, second, pattern) in _byPair)
                {
                    if (word.Equals(second, StringComparison.OrdinalIgnoreCase)
                        && text.AsSpan()[before].Equals(first, StringComparison.OrdinalIgnoreCase))
                    {
                        candidates |= 1UL << pattern;
                    }
                }
            }
            previous = range;
        }
        return candidates;
    }
}
