namespace PostMortemFlow.Domain.Insights;

/// <summary>
/// The medians of one group of post-mortems (a month, a service, a severity): from the start of impact to detection,
/// acknowledgement, mitigation and resolution, and from the publishing clock's start to publication. A median is null
/// when no post-mortem of the group has that moment. Near misses are counted in, and counted apart.
/// </summary>
public sealed record DurationTrend(
    string Key,
    int PostMortems,
    int NearMisses,
    TimeSpan? TimeToDetect,
    TimeSpan? TimeToAcknowledge,
    TimeSpan? TimeToMitigate,
    TimeSpan? TimeToResolve,
    TimeSpan? TimeToPublish);
