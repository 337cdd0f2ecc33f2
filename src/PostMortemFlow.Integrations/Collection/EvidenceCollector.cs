using Microsoft.Extensions.Logging;
using Polly.Timeout;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Integrations.Collection;

/// <summary>
/// The frame of every collector: the window, the per-source timeout, the manifest, and turning a failure or timeout
/// into a data gap over the part of the window not yet covered, so the workflow always moves on.
/// </summary>
public abstract class EvidenceCollector<TOptions>(IArtifactStore store, TOptions options, TimeProvider clock, ILogger logger) : IEvidenceCollector
    where TOptions : CollectorOptions
{
    public abstract string Source { get; }

    protected TOptions Options => options;
    protected TimeProvider Clock => clock;
    protected IArtifactStore Store => store;
    protected ILogger Logger => logger;

    public async Task<CollectorFinished> CollectAsync(PostMortemState state, CancellationToken cancellationToken = default)
    {
        var incident = state.PostMortem.Incident;
        var now = clock.GetUtcNow();
        var planned = EvidenceWindow.For(incident, options.MarginBefore, options.MarginAfter, now);
        var window = planned.UpTo(now);
        var run = new CollectionRun(store, state.Id, Source, window, incident);
        string? error = null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            await CollectCoreAsync(run, timeout.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
        {
            error = timeout.IsCancellationRequested || e is TimeoutRejectedException ? $"timed out after {options.Timeout.TotalSeconds:0} s" : $"failed: {e.Message}";
            logger.LogWarning("Evidence source {Source} of {PostMortemId} {Error}", Source, state.Id, error);
            var covered = run.Covered;
            if (covered is null)
            {
                run.Gap(window.From, window.To, error);
            }
            else if (covered.To < window.To)
            {
                run.Gap(covered.To, window.To, error);
            }
        }
        await WriteManifestAsync(run, error, cancellationToken);
        return new CollectorFinished(Source, run.Entries.OrderBy(e => e.Time).ToImmutableList(), run.Gaps.ToImmutableList(), run.Detections.ToImmutableList(),
            run.Impacts.ToImmutableList(), planned.To > window.To ? planned.To : null);
    }

    /// <summary>Collects into <paramref name="run"/>; throwing ends the collection as a gap, keeping what was gathered.</summary>
    protected abstract Task CollectCoreAsync(CollectionRun run, CancellationToken cancellationToken);

    private async Task WriteManifestAsync(CollectionRun run, string? error, CancellationToken cancellationToken)
    {
        try
        {
            await store.WriteManifestAsync(run.PostMortemId, new SourceManifest
            {
                Source = Source,
                WindowFrom = run.Window.From,
                WindowTo = run.Window.To,
                CollectedAt = clock.GetUtcNow(),
                CoveredFrom = run.Covered?.From,
                CoveredTo = run.Covered?.To,
                Redactions = run.Artifacts.Sum(a => a.Redactions),
                Error = error,
                Artifacts = run.Artifacts.ToList(),
            }, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The rows and gaps still reach the workflow; a missing manifest is only logged.
            logger.LogWarning(e, "Could not write the manifest of {Source} for {PostMortemId}", Source, run.PostMortemId);
        }
    }
}
