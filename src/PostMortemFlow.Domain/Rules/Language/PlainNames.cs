using System.Text.RegularExpressions;

namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>
/// People named in plain words, whoever they are: a capitalised word ("Kim", "Lucía", "Anna-Lena", "Wei Chen") that
/// is neither a product (<see cref="NameLexicon.Systems"/>) nor a word that only happens to be capitalised
/// (<see cref="NameLexicon.NotNames"/>), nor shaped like a common noun ("Monitoring", "Retries", "Deployments"),
/// which sentence starts and title-cased phrases capitalise. A sentence in Title Case has no names.
/// </summary>
internal static partial class PlainNames
{
    /// <summary>Start and end of each name in <paramref name="text"/>; a first name and a surname make one name.</summary>
    public static IEnumerable<(int Start, int End)> Find(string text)
    {
        if (IsTitleCase(text))
        {
            yield break;
        }
        (int Start, int End)? pending = null;
        foreach (Match word in CapitalisedWord().Matches(text))
        {
            if (!IsName(word))
            {
                continue;
            }
            if (pending is { } previous && text.AsSpan(previous.End, word.Index - previous.End) is " ")
            {
                pending = (previous.Start, word.Index + word.Length);
                continue;
            }
            if (pending is { } done)
            {
                yield return done;
            }
            pending = (word.Index, word.Index + word.Length);
        }
        if (pending is { } last)
        {
            yield return last;
        }
    }

    /// <summary>"Login Outage Caused By Expired Certificate": when most words are capitalised, none stands out as a name.</summary>
    private static bool IsTitleCase(string text)
    {
        var words = WordRanges.In(text, static (t, i) => char.IsLetter(t[i]))
            .Where(w => w.End.Value - w.Start.Value >= 3)
            .Select(w => char.IsUpper(text[w.Start]))
            .ToList();
        return words.Count >= 3 && words.Count(capitalised => capitalised) * 3 >= words.Count * 2;
    }

    private static bool IsName(Match word) =>
        !NameLexicon.NotNames.Contains(word.Value) && !NameLexicon.Systems.Contains(word.Value) && !LooksLikeCommonNoun(word.Value);

    private static bool LooksLikeCommonNoun(string word) =>
        CommonNounEnding().IsMatch(word) && !(word.EndsWith("ing", StringComparison.Ordinal) && word.Length < 6);

    // "Anna-Lena", and given names romanised with a lowercase second part ("Hyun-woo"), but not "Follow-up".
    [GeneratedRegex(@"(?<![\p{L}\p{N}@._'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+|-(?!(?:up|in|out|on|off|only|over|down|based|level|side|time|term|scale|wide)\b)\p{Ll}{2,5})?(?![\p{L}\p{N}_@]|[-./]\p{L})",
        RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex("(?:ing|tions?|sions?|ments?|ness|ity|ities|ies|ures?|ages?|ics|ism|ers|ors|ts|ds|ps|ks|gs|ches|shes|xes|ses|zes|ves)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex CommonNounEnding();
}
