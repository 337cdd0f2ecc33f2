using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Workflow.Commands;

[GenerateSerializer, Alias("pmf.ChangeActionItemStatus")]
public sealed record ChangeActionItemStatus([property: Id(0)] string ItemId, [property: Id(1)] ActionItemStatus Status, [property: Id(2)] string By) : PostMortemCommand;
