using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>Publishes the rendered report; re-publishing replaces. Returns where people can read it.</summary>
public interface IReportPublisher
{
    Task<string> PublishAsync(PostMortemState state, string idempotencyKey, CancellationToken cancellationToken = default);
}
