using PostMortemFlow.Domain.History;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>Keeps the history of changes: each decision that changed the post-mortem adds who, when, which command and the diff.</summary>
internal static class ChangeSteps
{
    /// <summary>How many changes are kept with their diffs; older ones are compacted into the version the history starts at.</summary>
    internal const int Kept = 200;

    internal static void Record(DecisionBuilder b, PostMortemState original, PostMortemCommand command)
    {
        if (command is DeclarePostMortem or ImportPostMortem)
        {
            if (!ReferenceEquals(b.State, original))
            {
                b.Update(s => s with { Changes = [], ChangesFrom = b.NextVersion });
            }
            return;
        }
        if (ReferenceEquals(b.State.PostMortem, original.PostMortem))
        {
            return;
        }
        var edits = DocumentDiff.Between(original.PostMortem, b.State.PostMortem);
        if (edits.IsEmpty)
        {
            return;
        }
        var change = new RecordedChange { Version = b.NextVersion, At = b.Now, By = CommandActors.Of(command), Command = command.GetType().Name, Note = NoteOf(command), Edits = edits };
        b.Update(s => s.Changes.Count < Kept
            ? s with { Changes = s.Changes.Add(change) }
            : s with { Changes = s.Changes.RemoveAt(0).Add(change), ChangesFrom = s.Changes[0].Version });
    }

    private static string? NoteOf(PostMortemCommand command) => command switch
    {
        DecideSuggestion { Accept: true } c => $"from suggestion {c.SuggestionId}",
        RestoreVersion c => $"restored the {c.Part.ToString().ToLowerInvariant()} of version {c.Version}",
        _ => null,
    };

    internal static Rejection? OnRestore(DecisionBuilder b, RestoreVersion c)
    {
        if (PostMortemHistory.At(b.State, c.Version) is not { } earlier)
        {
            return Rejections.Invalid("version", $"Version {c.Version} is not kept: the history holds versions {b.State.ChangesFrom} to {b.State.Version}.");
        }
        return c.Part == RestoredPart.Timeline
            ? ReviewSteps.OnEditTimeline(b, new EditTimeline(earlier.Timeline, c.By))
            : ReviewSteps.OnEditAnalysis(b, new EditAnalysis(AnalysisDraft.Of(earlier), c.By));
    }
}
