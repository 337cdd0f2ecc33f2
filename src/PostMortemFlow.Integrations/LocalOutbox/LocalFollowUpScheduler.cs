using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Publishing;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Integrations.LocalOutbox;

/// <summary>Writes the follow-up review as an iCalendar invite under <c>outbox/</c> (Ical.Net escapes and folds the lines).</summary>
public sealed class LocalFollowUpScheduler(IOptions<LocalOutboxOptions> options, TimeProvider clock) : IFollowUpScheduler
{
    public async Task ScheduleAsync(PostMortemState state, DateTimeOffset at, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var folder = options.Value.OutboxPath;
        var path = Path.Combine(folder, SafeName.From(state.Id), SafeName.From(idempotencyKey) + ".ics");
        if (File.Exists(path))
        {
            return;
        }
        var bytes = Encoding.UTF8.GetBytes(Invite(state, at, idempotencyKey, clock.GetUtcNow()));
        await LocalFiles.WriteAtomicallyAsync(path, stream => stream.WriteAsync(bytes, cancellationToken).AsTask(), cancellationToken);
        LocalFiles.Journal(folder, "follow-up", idempotencyKey, clock.GetUtcNow());
    }

    /// <summary>The invite as RFC 5545 text: one event, the open items in its description, every attendee required.</summary>
    public static string Invite(PostMortemState state, DateTimeOffset at, string idempotencyKey, DateTimeOffset now)
    {
        var postMortem = state.PostMortem;
        var openItems = postMortem.ActionItems.Where(i => i.IsOpen).Select(i => $"{i.Id} {i.Action} ({i.Owner})");
        var review = new CalendarEvent
        {
            Uid = $"{SafeName.From(state.Id + "-" + idempotencyKey)}@postmortemflow",
            Summary = $"Post-mortem follow-up review: {postMortem.Title}",
            Description = "Open action items:\n" + string.Join("\n", openItems),
            DtStamp = Utc(now),
            DtStart = Utc(at),
            DtEnd = Utc(at + FollowUpReview.Duration),
        };
        foreach (var attendee in Recipients.Split(FollowUpReview.Attendees(state)).Deliverable)
        {
            review.Attendees.Add(new Attendee($"mailto:{attendee.Address}") { Role = "REQ-PARTICIPANT" });
        }
        var calendar = new Calendar { ProductId = "-//PostMortemFlow//EN" };
        calendar.Events.Add(review);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalDateTime Utc(DateTimeOffset time) => new(time.UtcDateTime, "UTC");
}
