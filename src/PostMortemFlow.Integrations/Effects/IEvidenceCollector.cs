using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>Gathers one source's evidence for the incident window and drafts timeline rows from it.</summary>
public interface IEvidenceCollector
{
    /// <summary>The source name the workflow uses, e.g. "uploads", "prometheus".</summary>
    string Source { get; }

    Task<CollectorFinished> CollectAsync(PostMortemState state, CancellationToken cancellationToken = default);
}
