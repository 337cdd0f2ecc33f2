namespace PostMortemFlow.Domain.History;

/// <summary>The elements two lists keep in the same order (a longest common subsequence), as index pairs.</summary>
internal static class CommonRun
{
    /// <summary>The same prefix and suffix are taken first, so the usual edit (a few rows in a long list) costs only its middle.</summary>
    public static IReadOnlyList<(int Older, int Newer)> Of<T>(IReadOnlyList<T> older, IReadOnlyList<T> newer)
    {
        var same = EqualityComparer<T>.Default;
        var prefix = 0;
        while (prefix < older.Count && prefix < newer.Count && same.Equals(older[prefix], newer[prefix]))
        {
            prefix++;
        }
        var suffix = 0;
        while (suffix < older.Count - prefix && suffix < newer.Count - prefix
            && same.Equals(older[older.Count - 1 - suffix], newer[newer.Count - 1 - suffix]))
        {
            suffix++;
        }
        var pairs = new List<(int, int)>(prefix + suffix);
        pairs.AddRange(Enumerable.Range(0, prefix).Select(k => (k, k)));
        pairs.AddRange(Middle(older, newer, prefix, older.Count - suffix, newer.Count - suffix, same));
        pairs.AddRange(Enumerable.Range(0, suffix).Select(k => (older.Count - suffix + k, newer.Count - suffix + k)));
        return pairs;
    }

    private static List<(int, int)> Middle<T>(IReadOnlyList<T> older, IReadOnlyList<T> newer, int start, int olderEnd, int newerEnd, EqualityComparer<T> same)
    {
        int n = olderEnd - start, m = newerEnd - start;
        if (n == 0 || m == 0)
        {
            return [];
        }
        var lengths = new int[n + 1, m + 1];
        for (var a = n - 1; a >= 0; a--)
        {
            for (var b = m - 1; b >= 0; b--)
            {
                lengths[a, b] = same.Equals(older[start + a], newer[start + b]) ? lengths[a + 1, b + 1] + 1 : Math.Max(lengths[a + 1, b], lengths[a, b + 1]);
            }
        }
        var pairs = new List<(int, int)>();
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (same.Equals(older[start + x], newer[start + y]))
            {
                pairs.Add((start + x, start + y));
                x++;
                y++;
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }
        return pairs;
    }
}
