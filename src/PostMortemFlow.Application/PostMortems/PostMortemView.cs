using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Checklist;
using PostMortemFlow.Domain.Metrics;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Application.PostMortems;

/// <summary>Everything about one post-mortem, as <c>GET /api/postmortems/{id}</c> shows it.</summary>
public sealed record PostMortemView(
    string Id,
    Phase Phase,
    long Version,
    DateTimeOffset DeclaredAt,
    PostMortem PostMortem,
    IncidentMetrics Metrics,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ChecklistItem> Checklist,
    IReadOnlyList<ScheduledTimer> Timers,
    IReadOnlyList<OutboxEntry> Outbox,
    IReadOnlyList<CompletedEffect> Completed,
    IReadOnlyList<PhaseChange> History,
    IReadOnlyList<string> PendingSources,
    DateTimeOffset? PublishedAt,
    string? PublishedLocation,
    DateTimeOffset? FollowUpScheduledFor,
    Signature Signature,
    RecurrenceCheck? Recurrence,
    string? RecurrenceSummary,
    Restriction? Restriction,
    ImportedDocument? Imported = null,
    IReadOnlyList<ComputedImpact>? ComputedImpacts = null,
    DraftingRun? Drafting = null)
{
    public bool Restricted => Restriction is not null;

    public static PostMortemView From(PostMortemState state)
    {
        var report = WorkflowReport.Of(state).Lint;
        return new PostMortemView(state.Id, state.Phase, state.Version, state.DeclaredAt, state.PostMortem,
            IncidentMetrics.From(state.PostMortem), report.Findings, report.Checklist, state.Timers.OrderBy(t => t.DueAt).ToList(),
            state.Outbox, state.Completed, state.History, state.PendingSources, state.PublishedAt, state.PublishedLocation,
            state.FollowUpScheduledFor, state.CurrentSignature(), state.Recurrence,
            state.Recurrence is { } check ? RecurrenceText.Headline(check) : null, state.Restriction, state.Imported,
            state.ComputedImpacts, state.Drafting);
    }
}
