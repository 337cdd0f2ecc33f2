using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Domain.Publishing;

/// <summary>The four-week follow-up review of the method (checklist item 7).</summary>
public static class FollowUpReview
{
    /// <summary>How long the review is booked for.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromHours(1);

    /// <summary>
    /// Who is invited: the authors, the owners of the action items still open, and the executive sponsor; for a restricted
    /// post-mortem only those of them who are its people, as its e-mails.
    /// </summary>
    public static IReadOnlyList<string> Attendees(PostMortemState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var postMortem = state.PostMortem;
        var invited = postMortem.Authors
            .Concat(postMortem.ActionItems.Where(i => i.IsOpen).Select(i => i.Owner ?? ""))
            .Append(postMortem.ExecutiveSponsor ?? "")
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return Audience.Of(state.PostMortem, state.Restriction).Recipients(invited);
    }
}
