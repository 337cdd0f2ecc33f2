using System.Text;

namespace PostMortemFlow.Domain.Insights;

/// <summary>
/// The words of a contributing factor that carry its meaning: lower case, split on anything but letters and digits,
/// stop words dropped, a few spellings of one thing made one ("config" is "configuration"), and light stemming.
/// </summary>
public static class FactorTokens
{
    // Words that say nothing about which weakness a factor names. "no", "not" and "without" stay out of this list on
    // purpose: they are in almost every factor, so TF-IDF gives them little weight anyway.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "on", "in", "at", "to", "for", "from", "by", "with", "into", "onto",
        "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "there", "their",
        "had", "has", "have", "did", "do", "does", "so", "as", "than", "then", "which", "who", "whom", "because", "since",
        "while", "when", "after", "before", "also", "only", "any", "every", "all", "each", "one", "same", "other", "s",
        "we", "our", "they", "them", "he", "she", "his", "her", "got", "get", "existed", "exist", "rather", "instead",
        "even", "though", "although", "nobody", "nothing", "never", "none", "no", "not", "without", "neither", "nor",
    };

    private static readonly Dictionary<string, string> SameThing = new(StringComparer.Ordinal)
    {
        ["alarm"] = "alert", ["alarms"] = "alert", ["alerting"] = "alert", ["alerted"] = "alert",
        ["db"] = "database", ["config"] = "configuration", ["cert"] = "certificate", ["certs"] = "certificate",
        ["k8s"] = "kubernetes", ["outdated"] = "out-of-date", ["stale"] = "out-of-date",
        ["infra"] = "infrastructure", ["repo"] = "repository", ["prod"] = "production", ["env"] = "environment",
        ["paged"] = "page", ["paging"] = "page", ["informed"] = "told", ["uncaught"] = "caught",
    };

    public static IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }
            if (c is '\'' or '’')
            {
                // "provider's" is "provider"; "won't" keeps "won".
                Add(tokens, word.ToString());
                word.Clear();
                continue;
            }
            Add(tokens, word.ToString());
            word.Clear();
        }
        return tokens;
    }

    private static void Add(List<string> tokens, string word)
    {
        if (word.Length == 0 || StopWords.Contains(word))
        {
            return;
        }
        if (SameThing.TryGetValue(word, out var canonical))
        {
            tokens.Add(canonical);
            return;
        }
        var stem = LightStemmer.Stem(word);
        tokens.Add(SameThing.TryGetValue(stem, out var stemmed) ? stemmed : stem);
    }
}
