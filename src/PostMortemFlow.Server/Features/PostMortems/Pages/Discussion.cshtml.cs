using Microsoft.AspNetCore.Mvc;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Server.Features.Reviews;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>The review's discussion: threads on the post-mortem, its rows, factors and action items; replies, resolving, @mentions.</summary>
public sealed class DiscussionModel(IPostMortemWorkflow workflow, ReviewLinks links) : PostMortemPageModel(workflow, links)
{
    public override string Step => "Discussion";

    /// <summary>Who writes here: the person a mention link was for, or whoever is signed in.</summary>
    public string Writer => ReviewLink is { Purpose: PostMortemFlow.Domain.Reviews.ReviewPurpose.Discussion } link ? link.Reviewer : Actor;

    public IEnumerable<Comment> Threads => State.PostMortem.Comments.Where(c => c.IsThreadStart);

    public IEnumerable<Comment> RepliesTo(Comment thread) => State.PostMortem.Comments.Where(c => c.ReplyTo == thread.Id);

    /// <summary>Every place a new thread can be about, with how people read it.</summary>
    public IEnumerable<(string Anchor, string Label)> Places()
    {
        var pm = State.PostMortem;
        yield return (CommentAnchors.PostMortem, "The whole post-mortem");
        for (var i = 0; i < pm.Timeline.Count; i++)
        {
            yield return ($"timeline[{i}]", $"Row {i + 1}: {Short(pm.Timeline[i].Event)}");
        }
        for (var i = 0; i < pm.Analysis.Factors.Count; i++)
        {
            yield return ($"analysis.factors[{i}]", $"Factor {i + 1}: {Short(pm.Analysis.Factors[i].Description)}");
        }
        foreach (var item in pm.ActionItems)
        {
            yield return ($"actionItems[{item.Id}]", $"{item.Id}: {Short(item.Action)}");
        }
    }

    public bool IsMine(Comment comment) => string.Equals(comment.Author, Writer, StringComparison.OrdinalIgnoreCase);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(string? anchor, string? text, string? replyTo, string? key)
    {
        await LoadAsync();
        return await SendAsync(new AddComment(anchor ?? "", text ?? "", replyTo, key, Writer), replyTo is null ? "Comment added." : "Reply added.", "discussion");
    }

    public async Task<IActionResult> OnPostEditAsync(string commentId, string? text)
    {
        await LoadAsync();
        return await SendAsync(new EditComment(commentId, text ?? "", Writer), $"{commentId} edited.", $"comment-{commentId}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string commentId)
    {
        await LoadAsync();
        return await SendAsync(new DeleteComment(commentId, Writer), $"{commentId} deleted.", "discussion");
    }

    public async Task<IActionResult> OnPostResolveAsync(string commentId, bool resolved)
    {
        await LoadAsync();
        return await SendAsync(new ResolveComment(commentId, resolved, Writer), resolved ? $"{commentId} resolved." : $"{commentId} re-opened.", $"comment-{commentId}");
    }

    // Short enough for the select to fit a phone's width.
    private static string Short(string text) => text.Length <= 26 ? text : text[..25] + "…";
}
