namespace PostMortemFlow.Domain.Model;

/// <summary>Everything the analysis review edits: steps 3 and 4 of the method plus the report's prose.</summary>
[GenerateSerializer, Alias("pmf.AnalysisDraft")]
public sealed record AnalysisDraft
{
    [Id(0)] public string Summary { get; init; } = "";
    [Id(1)] public Impact Impact { get; init; } = new();
    [Id(2)] public string RootCause { get; init; } = "";
    [Id(3)] public Analysis Analysis { get; init; } = new();
    [Id(4)] public ImmutableList<ActionItem> ActionItems { get; init; } = [];
    [Id(5)] public ImmutableList<string> WhatWentWell { get; init; } = [];
    [Id(6)] public ImmutableList<string> LessonsLearned { get; init; } = [];

    /// <summary>The part of <paramref name="postMortem"/> the analysis review edits.</summary>
    public static AnalysisDraft Of(PostMortem postMortem) => new()
    {
        Summary = postMortem.Summary, Impact = postMortem.Impact, RootCause = postMortem.RootCause, Analysis = postMortem.Analysis,
        ActionItems = postMortem.ActionItems, WhatWentWell = postMortem.WhatWentWell, LessonsLearned = postMortem.LessonsLearned,
    };

    /// <summary><paramref name="postMortem"/> with its analysis replaced by <paramref name="draft"/>.</summary>
    public static PostMortem Apply(PostMortem postMortem, AnalysisDraft draft) => postMortem with
    {
        Summary = draft.Summary, Impact = draft.Impact, RootCause = draft.RootCause, Analysis = draft.Analysis,
        ActionItems = draft.ActionItems, WhatWentWell = draft.WhatWentWell, LessonsLearned = draft.LessonsLearned,
    };
}
