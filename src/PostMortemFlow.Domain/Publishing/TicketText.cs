using System.Globalization;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Publishing;

/// <summary>What a ticket for an action item says, whichever tracker holds it. Pure.</summary>
public static class TicketText
{
    /// <summary>The hidden marker a ticket carries so a retry finds it instead of creating a second one.</summary>
    public static string Marker(string idempotencyKey) => $"<!-- postmortemflow:{idempotencyKey} -->";

    /// <summary>The same marker as plain text, for trackers whose descriptions are not Markdown (Planner).</summary>
    public static string PlainMarker(string idempotencyKey) => $"postmortemflow:{idempotencyKey}";

    /// <summary>A restricted post-mortem's tickets say nothing but where to look: the tracker's readers are not its audience.</summary>
    public const string RestrictedTitle = "action item of a restricted post-mortem";

    /// <summary>What a restricted post-mortem's prevention check says on its tickets: that there is a result, not what it is.</summary>
    public const string RestrictedComment = "The prevention check of this action item has a result; it is with the restricted post-mortem its link leads to.";

    public static string Title(PostMortemState state, ActionItem item) =>
        state.Restriction is null ? $"{item.Id}: {item.Action}" : $"{item.Id}: {RestrictedTitle}";

    /// <summary>The factor category as a label; none for a restricted post-mortem.</summary>
    public static string? Label(PostMortemState state, ActionItem item) =>
        state.Restriction is null ? (item.Category?.ToString() ?? "Other").ToLowerInvariant() : null;

    /// <summary>A Markdown body: the post-mortem it comes from, deadline, priority, owner, then the marker.</summary>
    public static string MarkdownBody(PostMortemState state, ActionItem item, Uri? postMortemLink, string idempotencyKey)
    {
        if (state.Restriction is not null)
        {
            return $"{RestrictedBody(state, postMortemLink)}\n\n{Marker(idempotencyKey)}";
        }
        var source = postMortemLink is null
            ? $"\"{state.PostMortem.Title}\" ({state.Id})"
            : $"[{state.PostMortem.Title}]({postMortemLink.AbsoluteUri})";
        var report = state.PublishedLocation is { } location && Uri.TryCreate(location, UriKind.Absolute, out var uri)
            ? $"\n- **Report:** {uri.AbsoluteUri}"
            : "";
        return $"""
            Action item from the blameless post-mortem {source}.

            - **Action:** {item.Action}
            - **Deadline:** {UtcFormat.Date(item.Deadline, "not set")}
            - **Priority:** {item.Priority?.ToString() ?? "not set"}
            - **Owner:** {item.Owner ?? "not set"}
            - **Factor category:** {item.Category?.ToString() ?? "other"}{report}

            Closing this issue marks the action item done at the next weekly review.

            {Marker(idempotencyKey)}
            """;
    }

    /// <summary>
    /// A plain-text body (Planner task descriptions are not Markdown): the same facts as <see cref="MarkdownBody"/>,
    /// an optional note (e.g. why the task is unassigned), then the plain marker on its own line.
    /// </summary>
    public static string PlainTextBody(PostMortemState state, ActionItem item, Uri? postMortemLink, string idempotencyKey, string? note = null)
    {
        if (state.Restriction is not null)
        {
            return $"{RestrictedBody(state, postMortemLink)}\n\n{PlainMarker(idempotencyKey)}";
        }
        var source = postMortemLink is null
            ? $"\"{state.PostMortem.Title}\" ({state.Id})"
            : $"\"{state.PostMortem.Title}\": {postMortemLink.AbsoluteUri}";
        var report = state.PublishedLocation is { } location && Uri.TryCreate(location, UriKind.Absolute, out var uri)
            ? $"\nReport: {uri.AbsoluteUri}"
            : "";
        var noted = string.IsNullOrWhiteSpace(note) ? "" : $"\n\n{note}";
        return $"""
            Action item from the blameless post-mortem {source}

            Action: {item.Action}
            Deadline: {UtcFormat.Date(item.Deadline, "not set")}
            Priority: {item.Priority?.ToString() ?? "not set"}
            Owner: {item.Owner ?? "not set"}
            Factor category: {item.Category?.ToString() ?? "other"}{report}{noted}

            Completing this task marks the action item done at the next weekly review.

            {PlainMarker(idempotencyKey)}
            """;
    }

    /// <summary>All a restricted post-mortem's ticket says: that it is one, and the link (or the id) to it.</summary>
    public static string RestrictedBody(PostMortemState state, Uri? postMortemLink) =>
        $"Action item of a restricted post-mortem. Its details are visible to its people only: {postMortemLink?.AbsoluteUri ?? state.Id}";
}
