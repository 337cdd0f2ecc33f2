using PostMortemFlow.Domain.History;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>Reading the history of changes: what changed since a version, and the post-mortem as it was at one.</summary>
public static class PostMortemHistory
{
    /// <summary>The changes made after <paramref name="version"/>, oldest first.</summary>
    public static ImmutableList<RecordedChange> Since(PostMortemState state, long version) =>
        [.. state.Changes.Where(c => c.Version > version)];

    /// <summary>The post-mortem as it was at <paramref name="version"/>; null when that version is not kept (compacted, or not made yet).</summary>
    public static PostMortem? At(PostMortemState state, long version)
    {
        if (version < state.ChangesFrom || version > state.Version)
        {
            return null;
        }
        return Since(state, version).Reverse().Aggregate(state.PostMortem, (document, change) => DocumentDiff.Undo(document, change.Edits));
    }
}
