using PostMortemFlow.Domain.History;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>
/// What a command made on an older version (an <c>If-Match</c>) becomes on the current one. Versions also move when an
/// e-mail goes out or a timer fires, which changes nothing a person edits; and the workflow's own additions to the
/// timeline (collectors, PagerDuty) merge row by row. Only a change by another person, a change of phase or visibility,
/// or the same row changed on both sides refuses it.
/// </summary>
internal static class ConcurrentEdits
{
    private static readonly HashSet<string> AnalysisFields = ["summary", "impact", "rootCause", "analysis", "actionItems", "whatWentWell", "lessonsLearned"];

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
        var since = PostMortemHistory.Since(state, seen);
        if (since.IsEmpty)
        {
            return guarded.Command;
        }
        if (since.Any(c => c.By != PostMortemDecider.System))
        {
            return null;
        }
        return guarded.Command switch
        {
            EditTimeline edit => PostMortemHistory.At(state, seen) is { } earlier
                && RowMerge.Merge(earlier.Timeline, edit.Entries, state.PostMortem.Timeline) is { } merged
                    ? edit with { Entries = merged }
                    : null,
            EditAnalysis edit when since.All(c => c.Edits.All(e => !AnalysisFields.Contains(e.Path[0]))) => edit,
            _ => null,
        };
    }
}
