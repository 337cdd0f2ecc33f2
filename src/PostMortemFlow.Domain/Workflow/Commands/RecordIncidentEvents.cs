using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>
/// An incident webhook said more: its rows join the draft timeline (once each) and, when it knows, the incident's
/// end time. Applies while the timeline is still a draft; once it is approved the reviewed timeline stays as it is.
/// </summary>
[GenerateSerializer, Alias("pmf.RecordIncidentEvents")]
public sealed record RecordIncidentEvents([property: Id(0)] ImmutableList<TimelineEntry> Entries, [property: Id(1)] DateTimeOffset? EndedAt) : PostMortemCommand;
