using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Prevention;

/// <summary>
/// The verdict of each done action item from a recurrence check: not effective when the signature showed again after
/// the item was closed, verified when every part was checked and stayed quiet from then to the end of the interval,
/// unverified (with the reason) otherwise. Items not done get no verdict.
/// </summary>
public static class PreventionVerdicts
{
    /// <summary>Samples may start or end this many steps from the interval's edges and still cover it.</summary>
    private static readonly TimeSpan CoverageSlack = TimeSpan.FromMinutes(15);

    /// <param name="closedAt">When each item's status last changed; an item done without a recorded change counts as closed at publication.</param>
    public static ImmutableList<ItemVerdict> Decide(IEnumerable<ActionItem> items, IReadOnlyDictionary<string, DateTimeOffset> closedAt, RecurrenceCheck check)
    {
        return [.. items.Where(i => i.Status == ActionItemStatus.Done).Select(item =>
        {
            var closed = closedAt.TryGetValue(item.Id, out var at) ? at : check.From;
            return Verdict(item.Id, closed, check);
        })];
    }

    private static ItemVerdict Verdict(string itemId, DateTimeOffset closedAt, RecurrenceCheck check)
    {
        var since = closedAt > check.From ? closedAt : check.From;
        var again = check.Queries.SelectMany(q => q.Episodes.Where(e => (e.End ?? check.To) > since).Select(e => e.Start < since ? since : e.Start))
            .Concat(check.Alerts.SelectMany(a => a.FiredAt.Where(t => t >= since)))
            .Order().ToList();
        ItemVerdict Of(PreventionVerdict verdict, string reason) => new() { ItemId = itemId, Verdict = verdict, ClosedAt = closedAt, Reason = reason };
        if (again.Count > 0)
        {
            return Of(PreventionVerdict.NotEffective, $"the signature recurred at {UtcFormat.Minute(again[0])}, after the item was closed on {UtcFormat.Minute(closedAt)}");
        }
        if (since >= check.To)
        {
            return Of(PreventionVerdict.Unverified, "closed after the checked interval");
        }
        if (RecurrenceText.Unchecked(check).FirstOrDefault() is { } missing)
        {
            return Of(PreventionVerdict.Unverified, $"could not check: {missing}");
        }
        if (check.Queries.FirstOrDefault(q => q.CoveredFrom > since + CoverageSlack || q.CoveredTo < check.To - CoverageSlack) is { } partial)
        {
            return Of(PreventionVerdict.Unverified, $"could not check: {partial.Name} has samples only from {UtcFormat.Minute(partial.CoveredFrom!.Value)} to {UtcFormat.Minute(partial.CoveredTo!.Value)}");
        }
        return Of(PreventionVerdict.Verified, $"the signature stayed quiet for {RecurrenceText.Span(check.To - since)} since the item was closed");
    }
}
