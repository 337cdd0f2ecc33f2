using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Evidence;

/// <summary>A closed UTC interval: the window collectors read, or the part of it a source covered.</summary>
public sealed record EvidenceWindow(DateTimeOffset From, DateTimeOffset To)
{
    public TimeSpan Length => To - From;

    /// <summary>
    /// The incident from <paramref name="before"/> ahead of its start to <paramref name="after"/> past its end (or now,
    /// while it is open). Part of it may not have happened yet: see <see cref="UpTo"/>.
    /// </summary>
    public static EvidenceWindow For(Incident incident, TimeSpan before, TimeSpan after, DateTimeOffset now)
    {
        var end = incident.EndedAt ?? now;
        return new EvidenceWindow((incident.StartedAt - before).ToUniversalTime(), (end + after).ToUniversalTime());
    }

    /// <summary>The part that has happened by <paramref name="now"/>: nothing can be read from the future, so it is no gap.</summary>
    public EvidenceWindow UpTo(DateTimeOffset now)
    {
        var end = now.ToUniversalTime();
        return To <= end ? this : new EvidenceWindow(From, end > From ? end : From);
    }

    public bool Contains(DateTimeOffset time) => time >= From && time <= To;

    /// <summary>The overlap with another interval, or null when they do not meet.</summary>
    public EvidenceWindow? Intersect(EvidenceWindow other)
    {
        var from = From > other.From ? From : other.From;
        var to = To < other.To ? To : other.To;
        return from <= to ? new EvidenceWindow(from, to) : null;
    }
}
