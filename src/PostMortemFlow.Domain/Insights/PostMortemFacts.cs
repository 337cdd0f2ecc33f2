using PostMortemFlow.Domain.Metrics;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Domain.Insights;

/// <summary>
/// What the insights across incidents need of one post-mortem, small enough to keep in the list of post-mortems:
/// the incident's shape, its key-moment durations, when it was published, its factors and its action items.
/// </summary>
public sealed record PostMortemFacts
{
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
    public Severity Severity { get; init; }
    /// <summary>An imported document states no severity: it is left out of the severities.</summary>
    public bool SeverityNotStated { get; init; }
    public bool IsNearMiss { get; init; }
    public bool IsCancelled { get; init; }
    /// <summary>Imported from a document written before: counted with its incident's times, but never in publishing speed.</summary>
    public bool IsHistorical { get; init; }
    /// <summary>Restricted post-mortems are left out of what other post-mortems' e-mails say.</summary>
    public bool IsRestricted { get; init; }
    public IReadOnlyList<string> Services { get; init; } = [];
    public DateTimeOffset StartedAt { get; init; }
    /// <summary>An imported document states no date: it is left out of the months.</summary>
    public bool DateNotStated { get; init; }
    public TimeSpan? TimeToDetect { get; init; }
    public TimeSpan? TimeToAcknowledge { get; init; }
    public TimeSpan? TimeToMitigate { get; init; }
    public TimeSpan? TimeToResolve { get; init; }
    /// <summary>The moment the 48 h publishing clock counts from.</summary>
    public DateTimeOffset PublishClockStart { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public IReadOnlyList<FactorFact> Factors { get; init; } = [];
    public IReadOnlyList<ActionItemFact> ActionItems { get; init; } = [];

    public TimeSpan? TimeToPublish => IsHistorical ? null : PublishedAt - PublishClockStart;

    public static PostMortemFacts From(PostMortemState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var postMortem = state.PostMortem;
        var metrics = IncidentMetrics.From(postMortem);
        return new PostMortemFacts
        {
            Id = state.Id,
            Title = postMortem.Title,
            Severity = postMortem.Incident.Severity,
            SeverityNotStated = postMortem.Incident.SeverityNotStated,
            IsNearMiss = postMortem.Incident.IsNearMiss,
            IsCancelled = state.Phase == Phase.Cancelled,
            IsHistorical = state.IsHistorical,
            IsRestricted = state.Restriction is not null,
            Services = [.. postMortem.Incident.AffectedServices],
            StartedAt = postMortem.Incident.StartedAt,
            DateNotStated = postMortem.Incident.DateNotStated,
            TimeToDetect = metrics.TimeToDetect,
            TimeToAcknowledge = metrics.TimeToAcknowledge,
            TimeToMitigate = metrics.TimeToMitigate,
            TimeToResolve = metrics.TimeToResolve,
            PublishClockStart = state.PublishClockStart,
            PublishedAt = state.PublishedAt,
            Factors = [.. postMortem.Analysis.Factors.Where(f => !string.IsNullOrWhiteSpace(f.Description))
                .Select(f => new FactorFact(f.Category, f.Description.Trim()))],
            ActionItems = [.. postMortem.ActionItems.Select(i => new ActionItemFact(i.Id, i.Status, state.PublishedAt,
                i.IsOpen || state.PublishedAt is null ? null : state.ItemStatusChangedAt.TryGetValue(i.Id, out var at) ? at : state.PublishedAt,
                i.Category))],
        };
    }

    /// <summary>Value equality with the lists compared item by item: the list is rewritten only when the facts changed.</summary>
    public bool Equals(PostMortemFacts? other) =>
        other is not null
        && (Id, Title, Severity, SeverityNotStated, IsNearMiss, IsCancelled, IsHistorical, IsRestricted, StartedAt, DateNotStated, TimeToDetect, TimeToAcknowledge, TimeToMitigate, TimeToResolve, PublishClockStart, PublishedAt)
            == (other.Id, other.Title, other.Severity, other.SeverityNotStated, other.IsNearMiss, other.IsCancelled, other.IsHistorical, other.IsRestricted, other.StartedAt, other.DateNotStated, other.TimeToDetect, other.TimeToAcknowledge,
                other.TimeToMitigate, other.TimeToResolve, other.PublishClockStart, other.PublishedAt)
        && Services.SequenceEqual(other.Services, StringComparer.Ordinal)
        && Factors.SequenceEqual(other.Factors)
        && ActionItems.SequenceEqual(other.ActionItems);

    public override int GetHashCode() => HashCode.Combine(Id, PublishedAt, Factors.Count, ActionItems.Count);
}
