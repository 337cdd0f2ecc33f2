using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Reporting;

/// <summary>An empty post-mortem with placeholder rows, for a person to fill in by hand.</summary>
public static class PostMortemSkeleton
{
    private const string Todo = "TODO:";

    public static PostMortem Create(string title, DateOnly date)
    {
        var start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        TimelineEntry Row(int minute, string text, string actor, TimelineEntryKind kind) =>
            new() { Time = start.AddMinutes(minute), Event = $"{Todo} {text}", Source = "TODO", Actor = actor, Kind = kind };

        return new PostMortem
        {
            Title = title,
            Incident = new Incident { StartedAt = start, EndedAt = start.AddMinutes(40) },
            Authors = ["@TODO"],
            Summary = $"{Todo} two or three sentences: what happened, for how long, who was affected, how it was fixed.",
            Impact = new Impact { Description = $"{Todo} what users and the business experienced." },
            RootCause = $"{Todo} the mechanism, described as what the system did, not who did what.",
            Timeline =
            [
                Row(0, "first errors appear", "System", TimelineEntryKind.FirstSymptom),
                Row(3, "alert fires", "System", TimelineEntryKind.Detected),
                Row(4, "on-call paged", "System", TimelineEntryKind.Paged),
                Row(7, "page acknowledged", "@TODO", TimelineEntryKind.Acknowledged),
                Row(15, "symptom found (e.g. pool exhausted)", "@TODO", TimelineEntryKind.Event),
                Row(20, "cause identified", "@TODO", TimelineEntryKind.Diagnosed),
                Row(25, "mitigation deployed", "@TODO", TimelineEntryKind.Mitigated),
                Row(30, "error rate back to normal", "System", TimelineEntryKind.Recovered),
                Row(40, "incident marked resolved", "@TODO", TimelineEntryKind.Resolved),
            ],
            Analysis = new Analysis
            {
                ImmediateCauses = [$"{Todo} the immediate cause."],
                Factors =
                [
                    new ContributingFactor
                    {
                        Description = $"{Todo} a contributing factor",
                        Category = FactorCategory.Other,
                        Whys = Enumerable.Range(1, 5).Select(n => $"Why? {Todo} answer {n}.").ToImmutableList(),
                    },
                ],
                SystemicIssues = [$"{Todo} what in the system allowed this."],
            },
            ActionItems =
            [
                new ActionItem
                {
                    Id = "AI-001",
                    Action = $"{Todo} a specific deliverable (add metric X to dashboard Y)",
                    Owner = "@TODO",
                    Deadline = date.AddDays(14),
                    Priority = ActionPriority.High,
                },
            ],
            WhatWentWell = [$"{Todo} what helped the response."],
            LessonsLearned = [$"{Todo} what the team learned."],
        };
    }
}
