namespace PostMortemFlow.Domain.Workflow.Commands;

[GenerateSerializer, Alias("pmf.TicketCreated")]
public sealed record TicketCreated([property: Id(0)] string ItemId, [property: Id(1)] string Link) : PostMortemCommand;
