using PostMortemFlow.Domain.Prevention;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>Re-runs the signature queries of one evidence source, and the alert history, over an interval, storing what it read as evidence.</summary>
public interface IRecurrenceChecker
{
    /// <summary>The evidence source whose queries it re-runs, e.g. "prometheus".</summary>
    string Source { get; }

    /// <summary>
    /// Never throws for a missing or unreachable source: each query and alert it could not check says why.
    /// </summary>
    /// <param name="checkName">A safe name for this check's artifacts, stable across retries.</param>
    Task<(ImmutableList<QueryRecurrence> Queries, ImmutableList<AlertRecurrence> Alerts)> CheckAsync(string postMortemId, string checkName,
        IReadOnlyList<SignatureQuery> queries, IReadOnlyList<SignatureAlert> alerts, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken = default);
}
