using System.Security.Cryptography;
using System.Text;
using Microsoft.Graph.Models;
using PostMortemFlow.Domain.Publishing;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Integrations.Graph;

/// <summary>
/// Creates the follow-up review (checklist item 7) as an event in the sender mailbox's calendar with the authors,
/// the owners of open action items and the sponsor as attendees; Graph sends the invitations.
/// The event's <c>transactionId</c> is derived from the idempotency key, so Graph itself drops a repeated create.
/// </summary>
public sealed class GraphCalendarClient(GraphConnection graph, IReviewLinkIssuer links, TimeProvider clock) : IFollowUpScheduler
{
    public async Task ScheduleAsync(PostMortemState state, DateTimeOffset at, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var (attendees, _) = Recipients.Split(FollowUpReview.Attendees(state));
        var invite = EmailTemplates.FollowUpInvite(state, links.PageFor(state.Id), clock.GetUtcNow());
        var request = new Event
        {
            Subject = invite.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = invite.Html },
            Start = new DateTimeTimeZone { DateTime = UtcFormat.Wall(at), TimeZone = "UTC" },
            End = new DateTimeTimeZone { DateTime = UtcFormat.Wall(at + FollowUpReview.Duration), TimeZone = "UTC" },
            Attendees = [.. attendees.Select(a => new Attendee { Type = AttendeeType.Required, EmailAddress = new EmailAddress { Address = a.Address } })],
            TransactionId = TransactionId(idempotencyKey),
            AllowNewTimeProposals = true,
        };
        await GraphErrors.Call($"creating the follow-up event in {graph.Sender}'s calendar", "Calendars.ReadWrite",
            () => graph.Client.Users[graph.Sender].Events.PostAsync(request, cancellationToken: cancellationToken));
    }

    /// <summary>A GUID-shaped id from the key: stable across retries, short and free of characters Graph might refuse.</summary>
    public static string TransactionId(string idempotencyKey) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)).AsSpan(0, 16)).ToString();
}
