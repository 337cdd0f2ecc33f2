using System.Net;
using System.Text;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using MimeKit;
using PostMortemFlow.Domain.Publishing;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Integrations.Graph;

/// <summary>
/// Sends the workflow's e-mails with Graph <c>sendMail</c> from the sender mailbox, as HTML rendered per purpose.
/// Review and approval requests go to each reviewer separately with a personal signed link.
/// </summary>
/// <remarks>
/// <c>sendMail</c> has no idempotency key, so every message carries the header <c>X-PostMortemFlow-Key</c> and,
/// before sending, the sender's Sent Items are searched for that key: a send whose answer was lost is not repeated
/// by the outbox. Inside one attempt the SDK retries only 429 (Graph did not accept the message); a 5xx may mean it
/// was accepted, so it goes back to the outbox, whose next attempt looks in Sent Items first.
/// </remarks>
public sealed class GraphMailClient(GraphConnection graph, IReviewLinkIssuer links, TimeProvider clock) : IEmailSender
{
    /// <summary>The custom internet header that carries the idempotency key on every message sent.</summary>
    public const string KeyHeader = "X-PostMortemFlow-Key";

    // PS_INTERNET_HEADERS: custom x-headers of a message are exposed as extended properties in this property set.
    private const string KeyProperty = "String {00020386-0000-0000-C000-000000000046} Name " + KeyHeader;

    public async Task SendAsync(PostMortemState state, string idempotencyKey, EmailMessage message, CancellationToken cancellationToken = default)
    {
        var (deliverable, _) = Recipients.Split(message.To);
        if (deliverable.Count == 0)
        {
            throw new PublishingException($"No recipient of this {message.Purpose} e-mail is an e-mail address: {string.Join(", ", message.To)}.", null, isPermanent: true);
        }
        var now = clock.GetUtcNow();
        var page = links.PageFor(state.Id);
        if (EmailTemplates.ReviewPurposeOf(message.Purpose) is { } purpose)
        {
            foreach (var reviewer in deliverable)
            {
                var link = links.SignedLinkFor(state.Id, reviewer.Address, purpose);
                var personal = EmailTemplates.Render(message, state, new EmailLinks(link, page, state.PublishedLocation), now);
                await SendOnceAsync($"{idempotencyKey}/{reviewer.Address.ToLowerInvariant()}", [reviewer], personal, message.Purpose, null, cancellationToken);
            }
            return;
        }
        var rendered = EmailTemplates.Render(message, state, new EmailLinks(null, page, state.PublishedLocation), now);
        var attachments = message.Purpose == EmailPurpose.PublishedReport ? ReportAttachment(state) : null;
        await SendOnceAsync(idempotencyKey, deliverable, rendered, message.Purpose, attachments, cancellationToken);
    }

    private async Task SendOnceAsync(string key, IReadOnlyList<MailboxAddress> to, RenderedEmail email, EmailPurpose purpose,
        List<Attachment>? attachments, CancellationToken cancellationToken)
    {
        if (await AlreadySentAsync(key, cancellationToken))
        {
            return;
        }
        var body = new SendMailPostRequestBody
        {
            SaveToSentItems = true,
            Message = new Message
            {
                Subject = email.Subject,
                Body = new ItemBody { ContentType = BodyType.Html, Content = email.Html },
                ToRecipients = [.. to.Select(a => new Recipient { EmailAddress = new EmailAddress { Address = a.Address, Name = string.IsNullOrEmpty(a.Name) ? null : a.Name } })],
                InternetMessageHeaders =
                [
                    new InternetMessageHeader { Name = KeyHeader, Value = key },
                    new InternetMessageHeader { Name = "X-PostMortemFlow-Purpose", Value = purpose.ToString() },
                ],
                Attachments = attachments,
            },
        };
        await GraphErrors.Call($"sendMail from {graph.Sender}", "Mail.Send", () => graph.Client.Users[graph.Sender].SendMail.PostAsync(body, config =>
            config.Options.Add(new RetryHandlerOption
            {
                MaxRetry = graph.Options.MaxRetries,
                ShouldRetry = (_, _, response) => response.StatusCode == HttpStatusCode.TooManyRequests,
            }), cancellationToken));
    }

    private async Task<bool> AlreadySentAsync(string key, CancellationToken cancellationToken)
    {
        var filter = $"singleValueExtendedProperties/any(ep: ep/id eq '{KeyProperty}' and ep/value eq '{key.Replace("'", "''", StringComparison.Ordinal)}')";
        var found = await GraphErrors.Call($"Sent Items search in {graph.Sender}", "Mail.ReadBasic.All", () =>
            graph.Client.Users[graph.Sender].MailFolders["SentItems"].Messages.GetAsync(config =>
            {
                config.QueryParameters.Filter = filter;
                config.QueryParameters.Select = ["id"];
                config.QueryParameters.Top = 1;
            }, cancellationToken));
        return found?.Value is { Count: > 0 };
    }

    private static List<Attachment> ReportAttachment(PostMortemState state)
    {
        var markdown = Encoding.UTF8.GetBytes(WorkflowReport.Of(state).Markdown);
        return
        [
            new FileAttachment
            {
                OdataType = "#microsoft.graph.fileAttachment",
                Name = $"{ReportFolder.Slug(state.PostMortem.Title)}.md",
                ContentType = "text/markdown",
                ContentBytes = markdown,
            },
        ];
    }
}
