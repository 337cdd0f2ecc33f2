using System.Globalization;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>The times an incident of a workflow can have: since 1970, and not more than a year ahead of now.</summary>
public static class IncidentTimes
{
    public static readonly DateTimeOffset Earliest = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How far ahead an end may be planned (a maintenance window declared in advance).</summary>
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(366);

    public static readonly string Problem = string.Create(CultureInfo.InvariantCulture,
        $"A time from {Earliest:yyyy-MM-dd} to at most {Ahead.TotalDays:0} days from now.");

    public static bool IsPlausible(DateTimeOffset time, DateTimeOffset now) => time >= Earliest && time - now <= Ahead;
}
