using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Workflow.Commands;

[GenerateSerializer, Alias("pmf.EditTimeline")]
public sealed record EditTimeline([property: Id(0)] ImmutableList<TimelineEntry> Entries, [property: Id(1)] string By) : PostMortemCommand;
