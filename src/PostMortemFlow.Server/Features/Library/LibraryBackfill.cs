using PostMortemFlow.Application.Library;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Server.Features.PostMortems;

namespace PostMortemFlow.Server.Features.Library;

/// <summary>
/// Once the server has started, has every post-mortem in the list that the library does not hold write itself again
/// (<see cref="IPostMortemGrain.Relist"/>): those stored before the library existed, or whose entry a failed write missed.
/// Every node may run it; a relist only rewrites what the grain's state says.
/// </summary>
public sealed class LibraryBackfill(IPostMortemCatalog catalog, ILibraryIndex library, IGrainFactory grains, IHostApplicationLifetime lifetime,
    ILogger<LibraryBackfill> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await StartedAsync(stoppingToken))
        {
            return;
        }
        try
        {
            var relisted = await RunOnceAsync(stoppingToken);
            if (relisted > 0)
            {
                logger.LogInformation("Library: indexed {Count} post-mortem(s) it did not hold yet", relisted);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogWarning("Library backfill did not finish: {Error}; post-mortems it missed are indexed when they next change", failure.Message);
        }
    }

    /// <summary>Relists every post-mortem of the list the library lacks, cancelled ones aside; the count relisted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var indexed = await library.IdsAsync(cancellationToken);
        var missing = (await catalog.ListAsync(cancellationToken)).Where(r => r.Phase != Phase.Cancelled && !indexed.Contains(r.Id)).ToList();
        foreach (var row in missing)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await grains.GetGrain<IPostMortemGrain>(row.Id).Relist();
        }
        return missing.Count;
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var onStarted = lifetime.ApplicationStarted.Register(started.SetResult);
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
