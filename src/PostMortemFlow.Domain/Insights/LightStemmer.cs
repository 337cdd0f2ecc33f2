namespace PostMortemFlow.Domain.Insights;

/// <summary>
/// Strips the common English endings so "alerts", "alerted" and "alerting" meet: plural -s/-es/-ies, -ing, -ed,
/// -ly, -ness, -ation. Light on purpose: a wrong cut of a short word costs more than a missed one.
/// </summary>
public static class LightStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3 || word.Any(char.IsDigit))
        {
            return word;
        }
        var w = word;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        foreach (var (ending, keep) in Endings)
        {
            if (w.EndsWith(ending, StringComparison.Ordinal) && w.Length - ending.Length >= keep)
            {
                w = w[..^ending.Length];
                // "running" → "runn" → "run"; "stopped" → "stopp" → "stop".
                if (w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z'))
                {
                    w = w[..^1];
                }
                break;
            }
        }
        return w.EndsWith('e') && w.Length > 4 ? w[..^1] : w;
    }

    // Longest first; the second value is how many letters must remain.
    private static readonly (string Ending, int Keep)[] Endings =
    [
        ("ations", 3), ("ation", 3), ("ness", 3), ("ingly", 3), ("edly", 3), ("ing", 3), ("ed", 3), ("ly", 4), ("er", 4),
    ];
}
