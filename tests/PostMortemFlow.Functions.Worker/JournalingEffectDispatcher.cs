using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Functions.Worker;

/// <summary>Writes one line per effect run (post-mortem id and entry id) before running it, so a test sees any activity that ran twice.</summary>
internal sealed class JournalingEffectDispatcher(IEffectDispatcher inner, string journal) : IEffectDispatcher
{
    private static readonly Lock Writes = new();

    public Task<PostMortemCommand?> ExecuteAsync(OutboxEntry entry, PostMortemState state, CancellationToken cancellationToken)
    {
        lock (Writes)
        {
            File.AppendAllText(journal, $"{state.Id} {entry.Id}\n");
        }
        return inner.ExecuteAsync(entry, state, cancellationToken);
    }
}
