using System.Collections.Concurrent;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Server.Tests.Features.PostMortems;

/// <summary>Runs every effect successfully and remembers which ones ran; a collector finds nothing.</summary>
public sealed class RecordingEffectDispatcher : IEffectDispatcher
{
    private readonly ConcurrentQueue<string> _executed = new();

    public IReadOnlyList<string> Executed => [.. _executed];

    public Task<PostMortemCommand?> ExecuteAsync(OutboxEntry entry, PostMortemState state, CancellationToken cancellationToken)
    {
        _executed.Enqueue($"{state.Id}/{entry.Id}");
        PostMortemCommand? outcome = entry.Kind == EffectKind.CollectEvidence ? new CollectorFinished(entry.Target!, [], []) : null;
        return Task.FromResult(outcome);
    }
}
