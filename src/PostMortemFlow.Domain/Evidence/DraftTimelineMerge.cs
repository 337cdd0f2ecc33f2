using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Evidence;

/// <summary>The merged timeline and the clock-skew notes the merge found (recorded as data gaps named <c>{source}:clock-skew</c>).</summary>
public sealed record DraftTimelineMerge(ImmutableList<TimelineEntry> Timeline, ImmutableList<DataGap> SkewNotes);
