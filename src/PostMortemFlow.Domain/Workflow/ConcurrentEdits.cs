using PostMortemFlow.Domain.History;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>
/// What a command made on an older version (an <c>If-Match</c>) becomes on the current one. Versions also move when an
/// e-mail goes out, a timer fires or someone comments, which changes nothing the command edits; and the workflow's own additions to the
/// timeline (collectors, PagerDuty) merge row by row, and analysis fields field by field. A change by another person
/// refuses it unless the sender has seen it and asks to merge; a change of phase or visibility, or the same row or
/// field changed on both sides, always does.
/// </summary>
internal static class ConcurrentEdits
{
    /// <summary>The command to apply now, or null when it must be refused as stale.</summary>
    internal static PostMortemCommand? OnCurrentVersion(PostMortemState state, Guarded guarded)
    {
        var seen = guarded.ExpectedVersion;
        if (seen == state.Version)
        {
            return guarded.Command;
        }
        if (seen > state.Version || seen < state.ChangesFrom || state.History.Any(h => h.Version > seen))
        {
            return null;
        }
        var touches = Touches(guarded.Command);
        var since = PostMortemHistory.Since(state, seen).Where(c => c.Edits.Any(e => touches(e.Path[0]))).ToImmutableList();
        if (since.IsEmpty)
        {
            return guarded.Command;
        }
        if (since.Any(c => c.By != PostMortemDecider.System) && !guarded.MergeRows || PostMortemHistory.At(state, seen) is not { } earlier)
        {
            return null;
        }
        return guarded.Command switch
        {
            EditTimeline edit => RowMerge.Merge(earlier.Timeline, edit.Entries, state.PostMortem.Timeline) is { } merged ? edit with { Entries = merged } : null,
            EditAnalysis edit => AnalysisMerge(earlier, edit.Draft, state.PostMortem, since) is { } draft ? edit with { Draft = draft } : null,
            _ => null,
        };
    }

    /// <summary>The sections of the post-mortem whose changes can make the command stale: what it edits, or all but the discussion.</summary>
    private static Func<string, bool> Touches(PostMortemCommand command) => command switch
    {
        EditTimeline or RestoreVersion { Part: RestoredPart.Timeline } => section => section == "timeline",
        EditAnalysis or RestoreVersion => AnalysisSections.Contains,
        AddComment or EditComment or DeleteComment or ResolveComment => section => section == "comments",
        _ => section => section != "comments",
    };

    private static readonly HashSet<string> AnalysisSections = ["summary", "impact", "rootCause", "analysis", "actionItems", "whatWentWell", "lessonsLearned"];

    /// <summary>The analysis fields the sender changed, taken onto the current ones; null when someone else changed one of them too.</summary>
    private static AnalysisDraft? AnalysisMerge(PostMortem earlier, AnalysisDraft mine, PostMortem current, ImmutableList<RecordedChange> since)
    {
        var changedByMe = DocumentDiff.Between(earlier, AnalysisDraft.Apply(earlier, mine)).Select(e => e.Path[0]).ToHashSet(StringComparer.Ordinal);
        if (since.SelectMany(c => c.Edits).Any(e => changedByMe.Contains(e.Path[0])))
        {
            return null;
        }
        var merged = AnalysisDraft.Of(current);
        return merged with
        {
            Summary = changedByMe.Contains("summary") ? mine.Summary : merged.Summary,
            Impact = changedByMe.Contains("impact") ? mine.Impact : merged.Impact,
            RootCause = changedByMe.Contains("rootCause") ? mine.RootCause : merged.RootCause,
            Analysis = changedByMe.Contains("analysis") ? mine.Analysis : merged.Analysis,
            ActionItems = changedByMe.Contains("actionItems") ? mine.ActionItems : merged.ActionItems,
            WhatWentWell = changedByMe.Contains("whatWentWell") ? mine.WhatWentWell : merged.WhatWentWell,
            LessonsLearned = changedByMe.Contains("lessonsLearned") ? mine.LessonsLearned : merged.LessonsLearned,
        };
    }
}
