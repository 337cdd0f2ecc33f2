namespace PostMortemFlow.Domain.Model;

/// <summary>A blameless post-mortem: everything the report template of the method holds.</summary>
[GenerateSerializer, Alias("pmf.PostMortem")]
public sealed record PostMortem
{
    [Id(0)] public string Title { get; init; } = "";
    [Id(1)] public Incident Incident { get; init; } = new();
    [Id(2)] public ImmutableList<string> Authors { get; init; } = [];
    [Id(3)] public ImmutableList<string> Reviewers { get; init; } = [];
    [Id(4)] public string? ExecutiveSponsor { get; init; }
    [Id(5)] public string Summary { get; init; } = "";
    [Id(6)] public Impact Impact { get; init; } = new();
    [Id(7)] public string RootCause { get; init; } = "";
    [Id(8)] public ImmutableList<TimelineEntry> Timeline { get; init; } = [];
    [Id(9)] public Analysis Analysis { get; init; } = new();
    [Id(10)] public ImmutableList<ActionItem> ActionItems { get; init; } = [];
    [Id(11)] public ImmutableList<string> WhatWentWell { get; init; } = [];
    [Id(12)] public ImmutableList<string> LessonsLearned { get; init; } = [];
    [Id(13)] public ImmutableList<DataGap> DataGaps { get; init; } = [];
    [Id(14)] public DateOnly? ReviewedOn { get; init; }
    /// <summary>Notes the author put in brackets after a section heading, by heading: "Timeline" → "all times UTC".</summary>
    [Id(15)] public ImmutableSortedDictionary<string, string> HeadingNotes { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    /// <summary>The Prevention section as the author wrote it; empty when the report derives it from the action items.</summary>
    [Id(16)] public string Prevention { get; init; } = "";
    /// <summary>The accounts of the people involved, one per person, in their own words; linted, never edited by others.</summary>
    [Id(17)] public ImmutableList<ResponderAccount> Accounts { get; init; } = [];
    /// <summary>The review's discussion, in threads; never part of the published report.</summary>
    [Id(18)] public ImmutableList<Comment> Comments { get; init; } = [];
}
