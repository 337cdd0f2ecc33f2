using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Api.PostMortems;

/// <summary>One row of the post-mortem list.</summary>
public sealed record PostMortemSummary(
    string Id,
    string Title,
    Severity Severity,
    Phase Phase,
    bool IsNearMiss,
    DateTimeOffset StartedAt,
    DateTimeOffset? NextDeadline,
    string? NextTimer)
{
    public static PostMortemSummary From(PostMortemState state)
    {
        var next = state.Timers.OrderBy(t => t.DueAt).FirstOrDefault();
        var incident = state.PostMortem.Incident;
        return new PostMortemSummary(state.Id, state.PostMortem.Title, incident.Severity, state.Phase, incident.IsNearMiss,
            incident.StartedAt, next?.DueAt, next?.Name);
    }
}
