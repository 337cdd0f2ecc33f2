using System.Globalization;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>
/// How much one post-mortem may hold. Every list row and e-mail carries parts of it, so a declaration with twenty
/// thousand services or a timeline of a million rows is refused, naming the field, before anything is kept. The bounds
/// are far above what a real post-mortem holds (the largest public one read for the reader has 48 timeline rows).
/// </summary>
public static class PostMortemBounds
{
    public const int MaxTitle = 200;
    public const int MaxName = 256;
    public const int MaxPeople = 50;
    public const int MaxServices = 50;
    public const int MaxTimelineRows = 2_000;
    public const int MaxFactors = 100;
    public const int MaxWhys = 20;
    public const int MaxListItems = 100;
    public const int MaxActionItems = 200;
    /// <summary>A timeline event, a factor, a why, an action, a lesson.</summary>
    public const int MaxItemText = 4_000;
    /// <summary>The summary, the root cause, the impact in words, the prevention.</summary>
    public const int MaxProse = 20_000;

    /// <summary>The first part of the command over its bound, as a field path and a message; null when it fits.</summary>
    public static (string Field, string Message)? Problem(PostMortemCommand command) => command switch
    {
        Guarded c => Problem(c.Command),
        // Who made an edit is kept with it in the history, so a name is held to a name's length.
        not RecordAccount when Text("by", CommandActors.Of(command) ?? "", MaxName) is { } by => by,
        DeclarePostMortem c => Problem(c.Draft),
        ImportPostMortem c => Problem(c.Document),
        EditTimeline c => Timeline(c.Entries),
        EditAnalysis c => Analysis(c.Draft),
        RecordAccount c => Account(c),
        _ => null,
    };

    /// <summary>An account answers at most a page of questions, each at most a page long.</summary>
    private static (string, string)? Account(RecordAccount account)
    {
        if ((Text("person", account.Person ?? "", MaxName) ?? Text("actor", account.Actor ?? "", MaxName)) is { } person)
        {
            return person;
        }
        var answers = account.Answers ?? [];
        if (answers.Count > MaxListItems)
        {
            return Count("answers", MaxListItems);
        }
        for (var i = 0; i < answers.Count; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"answers[{i}]");
            if ((Text($"{at}.question", answers[i].Question ?? "", MaxItemText) ?? Text($"{at}.answer", answers[i].Answer ?? "", MaxItemText)) is { } problem)
            {
                return problem;
            }
        }
        return null;
    }

    public static (string Field, string Message)? Problem(PostMortem postMortem)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        var incident = postMortem.Incident;
        return Text("title", postMortem.Title, MaxTitle)
            ?? List("services", incident.AffectedServices, MaxServices, MaxName)
            ?? List("authors", postMortem.Authors, MaxPeople, MaxName)
            ?? List("reviewers", postMortem.Reviewers, MaxPeople, MaxName)
            ?? Text("sponsor", postMortem.ExecutiveSponsor ?? "", MaxName)
            ?? Text("prevention", postMortem.Prevention, MaxProse)
            ?? Timeline(postMortem.Timeline)
            ?? Analysis(AnalysisDraft.Of(postMortem));
    }

    private static (string, string)? Timeline(IReadOnlyList<TimelineEntry> entries)
    {
        if (entries.Count > MaxTimelineRows)
        {
            return Count("entries", MaxTimelineRows);
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"entries[{i}]");
            if ((Text($"{at}.event", entries[i].Event, MaxItemText) ?? Text($"{at}.source", entries[i].Source, MaxName)
                ?? Text($"{at}.actor", entries[i].Actor, MaxName) ?? Text($"{at}.evidenceRef", entries[i].EvidenceRef ?? "", MaxItemText)) is { } problem)
            {
                return problem;
            }
        }
        return null;
    }

    private static (string, string)? Analysis(AnalysisDraft draft)
    {
        var analysis = draft.Analysis;
        if ((Text("summary", draft.Summary, MaxProse) ?? Text("rootCause", draft.RootCause, MaxProse) ?? Text("impact.description", draft.Impact.Description, MaxProse)
            ?? List("analysis.immediateCauses", analysis.ImmediateCauses, MaxListItems, MaxItemText)
            ?? List("analysis.systemicIssues", analysis.SystemicIssues, MaxListItems, MaxItemText)
            ?? List("whatWentWell", draft.WhatWentWell, MaxListItems, MaxItemText)
            ?? List("lessonsLearned", draft.LessonsLearned, MaxListItems, MaxItemText)) is { } problem)
        {
            return problem;
        }
        if (analysis.Factors.Count > MaxFactors)
        {
            return Count("analysis.factors", MaxFactors);
        }
        for (var i = 0; i < analysis.Factors.Count; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"analysis.factors[{i}]");
            if ((Text($"{at}.description", analysis.Factors[i].Description, MaxItemText) ?? List($"{at}.whys", analysis.Factors[i].Whys, MaxWhys, MaxItemText)) is { } factor)
            {
                return factor;
            }
        }
        if (draft.ActionItems.Count > MaxActionItems)
        {
            return Count("actionItems", MaxActionItems);
        }
        for (var i = 0; i < draft.ActionItems.Count; i++)
        {
            var item = draft.ActionItems[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"actionItems[{i}]");
            if ((Text($"{at}.id", item.Id, MaxName) ?? Text($"{at}.action", item.Action, MaxItemText) ?? Text($"{at}.owner", item.Owner ?? "", MaxName)
                ?? Text($"{at}.trackerLink", item.TrackerLink ?? "", MaxItemText)) is { } itemProblem)
            {
                return itemProblem;
            }
        }
        return null;
    }

    private static (string, string)? List(string field, IReadOnlyList<string> items, int maxItems, int maxLength)
    {
        if (items.Count > maxItems)
        {
            return Count(field, maxItems);
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (Text(string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]"), items[i], maxLength) is { } problem)
            {
                return problem;
            }
        }
        return null;
    }

    private static (string, string)? Text(string field, string text, int maxLength) =>
        text.Length > maxLength ? (field, string.Create(CultureInfo.InvariantCulture, $"At most {maxLength} characters; this has {text.Length}.")) : null;

    private static (string, string) Count(string field, int max) => (field, string.Create(CultureInfo.InvariantCulture, $"At most {max} entries."));
}
