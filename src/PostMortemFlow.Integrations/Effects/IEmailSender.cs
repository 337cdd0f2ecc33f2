using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>Delivers one workflow e-mail. Calling twice with the same key delivers it once.</summary>
public interface IEmailSender
{
    Task SendAsync(PostMortemState state, string idempotencyKey, EmailMessage message, CancellationToken cancellationToken = default);
}
