using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Insights;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Application.PostMortems;

/// <summary>
/// One row of the post-mortem list. Rows stored before <see cref="PublishClockStart"/>, <see cref="OpenActionItems"/> and
/// <see cref="Facts"/> (what the insights across incidents read) existed read them as null until the post-mortem next changes.
/// <see cref="Audience"/> says who may see the row: lists leave out restricted rows the viewer is not one of the people of.
/// </summary>
public sealed record PostMortemSummary(
    string Id,
    string Title,
    Severity Severity,
    Phase Phase,
    bool IsNearMiss,
    DateTimeOffset StartedAt,
    DateTimeOffset? NextDeadline,
    string? NextTimer,
    DateTimeOffset? PublishClockStart = null,
    IReadOnlyList<OpenActionItem>? OpenActionItems = null,
    PostMortemFacts? Facts = null,
    Audience? Audience = null)
{
    /// <summary>Whether the viewer may see this row; a row stored before rows kept their audience was never restricted.</summary>
    public bool IsVisibleTo(Viewer viewer) => Audience?.Admits(viewer) ?? true;

    public static PostMortemSummary From(PostMortemState state)
    {
        var next = state.Timers.OrderBy(t => t.DueAt).FirstOrDefault();
        var incident = state.PostMortem.Incident;
        var open = state.PostMortem.ActionItems.Where(i => i.IsOpen).Select(i => new OpenActionItem(i.Priority, i.Deadline)).ToList();
        return new PostMortemSummary(state.Id, state.PostMortem.Title, incident.Severity, state.Phase, incident.IsNearMiss,
            incident.StartedAt, next?.DueAt, next?.Name, state.PublishClockStart, open, PostMortemFacts.From(state), Audience.Of(state.PostMortem, state.Restriction));
    }

    /// <summary>Value equality, open action items compared one by one: the grain skips the catalog write when nothing changed.</summary>
    public bool Equals(PostMortemSummary? other) =>
        other is not null
        && (Id, Title, Severity, Phase, IsNearMiss, StartedAt, NextDeadline, NextTimer, PublishClockStart)
            == (other.Id, other.Title, other.Severity, other.Phase, other.IsNearMiss, other.StartedAt, other.NextDeadline, other.NextTimer, other.PublishClockStart)
        && (OpenActionItems ?? []).SequenceEqual(other.OpenActionItems ?? [])
        && Equals(Facts, other.Facts)
        && Equals(Audience, other.Audience);

    public override int GetHashCode() => HashCode.Combine(Id, Phase, NextDeadline, OpenActionItems?.Count ?? 0);
}
