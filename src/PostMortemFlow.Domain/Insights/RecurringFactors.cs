using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Insights;

/// <summary>
/// Links contributing factors across post-mortems: two factors are the same when they share the fishbone category and
/// their TF-IDF cosine (weights over every factor of the post-mortems given) reaches <see cref="FactorSimilarity.Threshold"/>.
/// Cancelled post-mortems take no part.
/// </summary>
public static class RecurringFactors
{
    /// <summary>The factors of other post-mortems that say what <paramref name="description"/> says, closest first.</summary>
    public static IReadOnlyList<FactorMatch> MatchesFor(FactorCategory category, string description, string? exceptPostMortemId,
        IReadOnlyList<PostMortemFacts> postMortems, int limit = 5)
    {
        ArgumentNullException.ThrowIfNull(postMortems);
        if (string.IsNullOrWhiteSpace(description))
        {
            return [];
        }
        var all = Occurrences(postMortems);
        var vectors = FactorVectors.Over(all.Select(o => o.Description).Append(description));
        var query = vectors.Of(description);
        return [.. all
            .Where(o => o.Category == category && !string.Equals(o.PostMortemId, exceptPostMortemId, StringComparison.Ordinal))
            .Select(o => new FactorMatch(o, query.Cosine(vectors.Of(o.Description))))
            .Where(m => m.Similarity >= FactorSimilarity.Threshold)
            .GroupBy(m => m.Occurrence.PostMortemId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(m => m.Similarity)!)
            .OrderByDescending(m => m.Similarity)
            .ThenByDescending(m => m.Occurrence.StartedAt)
            .Take(limit)];
    }

    /// <summary>The recurring factors one of whose occurrences is in <paramref name="postMortemId"/>, ranked as <see cref="Rank"/> ranks them.</summary>
    public static IReadOnlyList<RecurringFactor> Involving(string postMortemId, IReadOnlyList<PostMortemFacts> postMortems) =>
        [.. Rank(postMortems).Where(g => g.Occurrences.Any(o => string.Equals(o.PostMortemId, postMortemId, StringComparison.Ordinal)))];

    /// <summary>
    /// Every factor found in two or more post-mortems, most post-mortems first, then most open items. Factors are grouped
    /// transitively: A like B and B like C puts all three in one group. Open items are those of the factor's category opened at
    /// publication and not yet done or dropped; a draft's items are not counted.
    /// </summary>
    public static IReadOnlyList<RecurringFactor> Rank(IReadOnlyList<PostMortemFacts> postMortems)
    {
        ArgumentNullException.ThrowIfNull(postMortems);
        var all = Occurrences(postMortems);
        var vectors = FactorVectors.Over(all.Select(o => o.Description));
        var open = postMortems.GroupBy(p => p.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().ActionItems.Where(i => i.IsOpen && i.OpenedAt is not null).ToList(), StringComparer.Ordinal);
        var groups = new List<RecurringFactor>();
        foreach (var byCategory in all.GroupBy(o => o.Category))
        {
            var members = byCategory.ToList();
            var shown = members.Select(m => vectors.Of(m.Description)).ToList();
            var parent = Enumerable.Range(0, members.Count).ToArray();
            int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    if (members[i].PostMortemId != members[j].PostMortemId && shown[i].Cosine(shown[j]) >= FactorSimilarity.Threshold)
                    {
                        parent[Root(j)] = Root(i);
                    }
                }
            }
            foreach (var group in Enumerable.Range(0, members.Count).GroupBy(Root))
            {
                var occurrences = group.Select(i => members[i]).OrderBy(o => o.StartedAt).ThenBy(o => o.PostMortemId, StringComparer.Ordinal).ToList();
                var ids = occurrences.Select(o => o.PostMortemId).Distinct(StringComparer.Ordinal).ToList();
                if (ids.Count < 2)
                {
                    continue;
                }
                var openItems = ids.Sum(id => open[id].Count(i => i.Category == byCategory.Key));
                groups.Add(new RecurringFactor(byCategory.Key, occurrences, openItems));
            }
        }
        return [.. groups
            .OrderByDescending(g => g.PostMortems)
            .ThenByDescending(g => g.OpenActionItems)
            .ThenByDescending(g => g.Occurrences[^1].StartedAt)
            .ThenBy(g => g.Description, StringComparer.Ordinal)];
    }

    private static List<FactorOccurrence> Occurrences(IReadOnlyList<PostMortemFacts> postMortems) =>
        [.. postMortems
            .Where(p => !p.IsCancelled)
            .SelectMany(p => p.Factors.Select(f => new FactorOccurrence(p.Id, p.Title, p.IsNearMiss, p.StartedAt, f.Category, f.Description)))];
}
