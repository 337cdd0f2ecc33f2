namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>A person asks for the signature to be re-run now over the interval since publication.</summary>
[GenerateSerializer, Alias("pmf.CheckRecurrence")]
public sealed record CheckRecurrence([property: Id(0)] string By) : PostMortemCommand;
