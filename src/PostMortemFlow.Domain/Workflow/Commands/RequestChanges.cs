namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>Sends the post-mortem back one review phase.</summary>
[GenerateSerializer, Alias("pmf.RequestChanges")]
public sealed record RequestChanges([property: Id(0)] string By, [property: Id(1)] string Reason) : PostMortemCommand;
