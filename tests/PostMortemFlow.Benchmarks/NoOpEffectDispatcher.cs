using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Benchmarks;

/// <summary>
/// Effects that succeed at once without touching the disk, reporting what the workflow needs to go on, so
/// <c>--effects none</c> measures the workflow engine and its storage alone.
/// </summary>
public sealed class NoOpEffectDispatcher : IEffectDispatcher
{
    public Task<PostMortemCommand?> ExecuteAsync(OutboxEntry entry, PostMortemState state, CancellationToken cancellationToken) =>
        Task.FromResult<PostMortemCommand?>(entry.Kind switch
        {
            EffectKind.PublishReport => new ReportPublished($"noop://{state.Id}"),
            EffectKind.CreateTicket when entry.Target is { } item => new TicketCreated(item, $"noop://{state.Id}/{item}"),
            EffectKind.ScheduleFollowUp when entry.At is { } at => new FollowUpScheduled(at),
            EffectKind.CollectEvidence when entry.Target is { } source => new CollectorFinished(source, [], []),
            _ => null,
        });
}
