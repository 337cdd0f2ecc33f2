namespace PostMortemFlow.Domain.Prevention;

/// <summary>One stretch of samples above the signature's threshold; <see cref="End"/> is null while it was still above at the end of the check.</summary>
[GenerateSerializer, Alias("pmf.RecurrenceEpisode")]
public sealed record RecurrenceEpisode
{
    [Id(0)] public DateTimeOffset Start { get; init; }
    /// <summary>The first sample back at or under the threshold.</summary>
    [Id(1)] public DateTimeOffset? End { get; init; }
    [Id(2)] public double Peak { get; init; }
}
