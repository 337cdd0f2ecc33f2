using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Publishing;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Integrations.LocalOutbox;

/// <summary>Writes the follow-up review as an iCalendar invite under <c>outbox/</c>.</summary>
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
        var postMortem = state.PostMortem;
        var (attendees, _) = Recipients.Split(FollowUpReview.Attendees(postMortem));
        var openItems = string.Join("\\n", postMortem.ActionItems.Where(i => i.IsOpen).Select(i => $"{i.Id} {i.Action} ({i.Owner})"));
        var ics = new StringBuilder()
            .Append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//PostMortemFlow//EN\r\nBEGIN:VEVENT\r\n")
            .Append(CultureInfo.InvariantCulture, $"UID:{SafeName.From(state.Id + "-" + idempotencyKey)}@postmortemflow\r\n")
            .Append(CultureInfo.InvariantCulture, $"DTSTAMP:{clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}\r\n")
            .Append(CultureInfo.InvariantCulture, $"DTSTART:{at.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}\r\n")
            .Append(CultureInfo.InvariantCulture, $"DTEND:{at.UtcDateTime.AddHours(1):yyyyMMdd'T'HHmmss'Z'}\r\n")
            .Append(CultureInfo.InvariantCulture, $"SUMMARY:Post-mortem follow-up review: {postMortem.Title}\r\n")
            .Append(CultureInfo.InvariantCulture, $"DESCRIPTION:Open action items:\\n{openItems}\r\n");
        foreach (var attendee in attendees)
        {
            ics.Append(CultureInfo.InvariantCulture, $"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{attendee.Address}\r\n");
        }
        ics.Append("END:VEVENT\r\nEND:VCALENDAR\r\n");
        var bytes = Encoding.UTF8.GetBytes(ics.ToString());
        await LocalFiles.WriteAtomicallyAsync(path, stream => stream.WriteAsync(bytes, cancellationToken).AsTask(), cancellationToken);
        LocalFiles.Journal(folder, "follow-up", idempotencyKey, clock.GetUtcNow());
    }
}
