using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>A person involved writes (or rewrites) their account: their answers to the questions about their own moments.</summary>
[GenerateSerializer, Alias("pmf.RecordAccount")]
public sealed record RecordAccount(
    [property: Id(0)] string Person,
    [property: Id(1)] string Actor,
    [property: Id(2)] ImmutableList<AccountAnswer> Answers) : PostMortemCommand;
