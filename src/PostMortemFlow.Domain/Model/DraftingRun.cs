namespace PostMortemFlow.Domain.Model;

/// <summary>The latest request for drafting suggestions and what came of it.</summary>
[GenerateSerializer, Alias("pmf.DraftingRun")]
public sealed record DraftingRun
{
    [Id(0)] public int Round { get; init; }
    [Id(1)] public string RequestedBy { get; init; } = "";
    [Id(2)] public DateTimeOffset RequestedAt { get; init; }
    [Id(3)] public DraftingStatus Status { get; init; }
    [Id(4)] public string? Reason { get; init; }
    [Id(5)] public ImmutableList<Suggestion> Suggestions { get; init; } = [];
    /// <summary>What the grounding and lint filters dropped or rewrote, and why.</summary>
    [Id(6)] public ImmutableList<string> Notes { get; init; } = [];
    /// <summary>Tokens this post-mortem's drafting has used so far, prompts and answers.</summary>
    [Id(7)] public long TokensUsed { get; init; }
}
