using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>The review's discussion: threads on any place of the post-mortem, resolved and re-opened, with @mentions e-mailed once.</summary>
internal static partial class CommentSteps
{
    internal const int MaxComments = 1_000;

    internal static Rejection? OnAdd(DecisionBuilder b, AddComment c, WorkflowSettings settings)
    {
        var comments = b.State.PostMortem.Comments;
        if (c.Key?.Length > PostMortemBounds.MaxName)
        {
            return Rejections.Invalid("Idempotency-Key", $"An idempotency key is at most {PostMortemBounds.MaxName} characters.");
        }
        if (c.Key is { Length: > 0 } key && comments.Any(x => x.Key == key))
        {
            return null;
        }
        if (TextProblem(c.Text) is { } problem)
        {
            return problem;
        }
        if (comments.Count >= MaxComments)
        {
            return Rejections.Invalid("text", $"A post-mortem holds at most {MaxComments} comments.");
        }
        var anchor = string.IsNullOrWhiteSpace(c.Anchor) ? CommentAnchors.PostMortem : c.Anchor.Trim();
        string? thread = null;
        if (c.ReplyTo is { Length: > 0 } replyTo)
        {
            if (Find(b, replyTo) is not { } parent)
            {
                return Rejections.Invalid("replyTo", $"No comment {replyTo} to reply to.");
            }
            thread = parent.ReplyTo ?? parent.Id;
            anchor = parent.Anchor;
        }
        var quote = thread is null ? CommentAnchors.QuoteOf(b.State.PostMortem, anchor) : comments.First(x => x.Id == thread).Quote;
        if (quote is null)
        {
            return Rejections.Invalid("anchor", $"No place '{anchor}' in this post-mortem: use postmortem, timeline[row], analysis.factors[n] or actionItems[id].");
        }
        var comment = new Comment
        {
            Id = $"C{comments.Count + 1}", ReplyTo = thread, Anchor = anchor, Quote = quote, Author = c.By, Text = c.Text.Trim(), At = b.Now,
            Key = string.IsNullOrEmpty(c.Key) ? null : c.Key,
        };
        Save(b, Mention(b, comment, settings));
        return null;
    }

    internal static Rejection? OnEdit(DecisionBuilder b, EditComment c, WorkflowSettings settings)
    {
        if (Own(b, c.CommentId, c.By, "edit") is (null, var refused))
        {
            return refused;
        }
        if (TextProblem(c.Text) is { } problem)
        {
            return problem;
        }
        var comment = Find(b, c.CommentId)!;
        if (comment.Text == c.Text.Trim())
        {
            return null;
        }
        Save(b, Mention(b, comment with { Text = c.Text.Trim(), EditedAt = b.Now }, settings));
        return null;
    }

    internal static Rejection? OnDelete(DecisionBuilder b, DeleteComment c)
    {
        if (Own(b, c.CommentId, c.By, "delete") is (null, var refused))
        {
            return refused;
        }
        Save(b, Find(b, c.CommentId)! with { Deleted = true, Text = "", EditedAt = b.Now });
        return null;
    }

    internal static Rejection? OnResolve(DecisionBuilder b, ResolveComment c)
    {
        if (Find(b, c.CommentId) is not { } comment)
        {
            return Rejections.Invalid("commentId", $"No comment {c.CommentId}.");
        }
        var start = comment.ReplyTo is { } thread ? Find(b, thread)! : comment;
        if (start.Resolved != c.Resolved)
        {
            Save(b, start with { Resolved = c.Resolved, ResolvedBy = c.Resolved ? c.By : null });
        }
        return null;
    }

    /// <summary>The open threads, for the approval: none may be left without a person saying so.</summary>
    internal static IReadOnlyList<Comment> Open(PostMortem postMortem) => [.. postMortem.Comments.Where(x => x.IsOpen)];

    internal static void ResolveAll(DecisionBuilder b, string by)
    {
        foreach (var open in Open(b.State.PostMortem))
        {
            Save(b, open with { Resolved = true, ResolvedBy = by });
        }
    }

    /// <summary>E-mails every address its @mentions name that was not e-mailed for it before, once, through the outbox.</summary>
    private static Comment Mention(DecisionBuilder b, Comment comment, WorkflowSettings settings)
    {
        var addresses = MentionPattern().Matches(comment.Text)
            .Select(m => ResponderQuestions.AddressOf(m.Groups["who"].Value.TrimEnd('.', ','), b.State.PostMortem, settings.Drafting, b.State.PeopleFound))
            .OfType<string>().Select(a => a.ToLowerInvariant()).Distinct().Where(a => !comment.Mentioned.Contains(a)).ToList();
        foreach (var address in addresses)
        {
            b.Email($"email:mention:{comment.Id}:{address}", WorkflowEmails.Mention(b.State, comment, address));
        }
        return comment with { Mentioned = comment.Mentioned.AddRange(addresses) };
    }

    private static (Comment?, Rejection?) Own(DecisionBuilder b, string id, string by, string what)
    {
        if (Find(b, id) is not { } comment || comment.Deleted)
        {
            return (null, Rejections.Invalid("commentId", $"No comment {id}."));
        }
        return string.Equals(comment.Author, by, StringComparison.OrdinalIgnoreCase)
            ? (comment, null)
            : (null, new Rejection { Kind = RejectionKind.Forbidden, Message = $"Only its author, {comment.Author}, can {what} comment {id}." });
    }

    private static Rejection? TextProblem(string text) => text is null || string.IsNullOrWhiteSpace(text)
        ? Rejections.Invalid("text", "Write the comment.")
        : text.Length > PostMortemBounds.MaxItemText ? Rejections.Invalid("text", $"A comment is at most {PostMortemBounds.MaxItemText} characters.") : null;

    private static Comment? Find(DecisionBuilder b, string id) =>
        b.State.PostMortem.Comments.FirstOrDefault(x => string.Equals(x.Id, id, StringComparison.OrdinalIgnoreCase));

    private static void Save(DecisionBuilder b, Comment comment) => b.Update(s =>
    {
        var comments = s.PostMortem.Comments;
        var at = comments.FindIndex(x => x.Id == comment.Id);
        return s with { PostMortem = s.PostMortem with { Comments = at < 0 ? comments.Add(comment) : comments.SetItem(at, comment) } };
    });

    /// <summary>"@ana", "@ana.lima" or "@ana@example.com", not the middle of an address.</summary>
    [GeneratedRegex(@"(?<![\w@.])@(?<who>[\w][\w.+-]*(?:@[\w-]+(?:\.[\w-]+)+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();
}
