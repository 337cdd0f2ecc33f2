using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;

namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>
/// An evidence source delivered its draft timeline rows, the gaps it found, the first symptoms it detected (the
/// queries and thresholds a post-mortem's signature is made of) and the impact it computed per service. When its window
/// still reached past the collection's moment, <c>TailDueAt</c> is when that part will have happened.
/// </summary>
[GenerateSerializer, Alias("pmf.CollectorFinished")]
public sealed record CollectorFinished(
    [property: Id(0)] string Source,
    [property: Id(1)] ImmutableList<TimelineEntry> Entries,
    [property: Id(2)] ImmutableList<DataGap> Gaps,
    [property: Id(3)] ImmutableList<SignatureQuery>? Detections = null,
    [property: Id(4)] ImmutableList<ComputedImpact>? Impacts = null,
    [property: Id(5)] DateTimeOffset? TailDueAt = null) : PostMortemCommand;
