using Microsoft.Extensions.Options;
using MimeKit;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Integrations.LocalOutbox;

/// <summary>Writes each e-mail as an .eml file named after its idempotency key under <c>outbox/</c>.</summary>
public sealed class LocalEmailSender(IOptions<LocalOutboxOptions> options, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(PostMortemState state, string idempotencyKey, EmailMessage message, CancellationToken cancellationToken = default)
    {
        var folder = options.Value.OutboxPath;
        var path = Path.Combine(folder, SafeName.From(state.Id), SafeName.From(idempotencyKey) + ".eml");
        if (File.Exists(path))
        {
            return;
        }
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = clock.GetUtcNow(),
            MessageId = $"{SafeName.From(idempotencyKey)}@postmortemflow",
            Body = new TextPart("plain") { Text = message.Body },
        };
        mime.From.Add(MailboxAddress.Parse(options.Value.Sender));
        var (deliverable, unresolved) = Recipients.Split(message.To);
        if (deliverable.Count == 0)
        {
            throw new InvalidOperationException($"No recipient is an e-mail address: {string.Join(", ", message.To)}.");
        }
        mime.To.AddRange(deliverable);
        if (unresolved.Count > 0)
        {
            mime.Headers.Add("X-PostMortemFlow-Unresolved", string.Join(", ", unresolved));
        }
        mime.Headers.Add("X-PostMortemFlow-Purpose", message.Purpose.ToString());
        mime.Headers.Add("X-PostMortemFlow-Key", idempotencyKey);
        await LocalFiles.WriteAtomicallyAsync(path, stream => mime.WriteToAsync(stream, cancellationToken), cancellationToken);
        LocalFiles.Journal(folder, "email", idempotencyKey, clock.GetUtcNow());
    }
}
