using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Domain.Workflow;

[GenerateSerializer, Alias("pmf.Rejection")]
public sealed record Rejection
{
    [Id(0)] public RejectionKind Kind { get; init; }
    [Id(1)] public string Message { get; init; } = "";
    /// <summary>The offending field of the command, for <see cref="RejectionKind.Invalid"/>.</summary>
    [Id(2)] public string? Field { get; init; }
    [Id(3)] public ImmutableList<Finding> Findings { get; init; } = [];
}
