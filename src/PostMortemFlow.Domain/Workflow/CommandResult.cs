
namespace PostMortemFlow.Domain.Workflow;

[GenerateSerializer, Alias("pmf.CommandResult")]
public sealed record CommandResult
{
    [Id(0)] public PostMortemState State { get; init; } = new();
    [Id(1)] public Rejection? Rejection { get; init; }
    /// <summary>True when the command stored a new version; false for a no-op repeat.</summary>
    [Id(2)] public bool Changed { get; init; }
}
