namespace PostMortemFlow.Domain.Insights;

/// <summary>
/// Post-mortems published within 48 hours of the publishing clock's start, out of those whose outcome is known: the
/// published ones and the unpublished ones whose 48 hours have passed. <see cref="Share"/> is null when none is known yet.
/// </summary>
public sealed record PublishingShare(int Known, int OnTime, int NearMissesKnown, int NearMissesOnTime)
{
    public static readonly TimeSpan Deadline = TimeSpan.FromHours(48);

    public double? Share => Known == 0 ? null : (double)OnTime / Known;
}
