namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>An external event for the workflow: from a person, a webhook, a timer or a finished effect.</summary>
[GenerateSerializer, Alias("pmf.PostMortemCommand")]
public abstract record PostMortemCommand;
