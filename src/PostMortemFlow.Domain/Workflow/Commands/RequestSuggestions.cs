namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>A person asks for drafting suggestions; the workflow never waits for them.</summary>
[GenerateSerializer, Alias("pmf.RequestSuggestions")]
public sealed record RequestSuggestions([property: Id(0)] string By) : PostMortemCommand;
