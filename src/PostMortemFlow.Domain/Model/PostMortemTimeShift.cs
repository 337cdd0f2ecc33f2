namespace PostMortemFlow.Domain.Model;

/// <summary>Moves a whole post-mortem in time, e.g. to replay a past example as a fresh incident.</summary>
public static class PostMortemTimeShift
{
    /// <summary>
    /// Every time moves by <paramref name="shift"/>; dates (deadlines, review date) move by whole days, rounded up,
    /// so a deadline never lands before the moved incident. Times and durations as written are dropped: they no longer match.
    /// </summary>
    public static PostMortem ShiftedBy(this PostMortem postMortem, TimeSpan shift)
    {
        var days = (int)Math.Ceiling(shift.TotalDays);
        return postMortem with
        {
            Incident = postMortem.Incident with
            {
                StartedAt = postMortem.Incident.StartedAt + shift,
                EndedAt = postMortem.Incident.EndedAt + shift,
                DurationAsWritten = null,
            },
            Timeline = [.. postMortem.Timeline.Select(e => e with { Time = e.Time + shift, TimeAsWritten = null })],
            DataGaps = [.. postMortem.DataGaps.Select(g => g with { From = g.From + shift, To = g.To + shift })],
            ActionItems = [.. postMortem.ActionItems.Select(i => i with { Deadline = i.Deadline?.AddDays(days) })],
            ReviewedOn = postMortem.ReviewedOn?.AddDays(days),
        };
    }
}
