using PostMortemFlow.Domain.Prevention;

namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>A recurrence check ran: what each signature query and alert did over the interval since publication.</summary>
[GenerateSerializer, Alias("pmf.RecurrenceChecked")]
public sealed record RecurrenceChecked([property: Id(0)] RecurrenceCheck Check) : PostMortemCommand;
