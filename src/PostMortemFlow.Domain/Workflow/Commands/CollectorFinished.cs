using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>An evidence source delivered its draft timeline rows and the gaps it found.</summary>
[GenerateSerializer, Alias("pmf.CollectorFinished")]
public sealed record CollectorFinished([property: Id(0)] string Source, [property: Id(1)] ImmutableList<TimelineEntry> Entries, [property: Id(2)] ImmutableList<DataGap> Gaps) : PostMortemCommand;
