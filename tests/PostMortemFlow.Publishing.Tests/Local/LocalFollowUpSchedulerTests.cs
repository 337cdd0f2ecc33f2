using Ical.Net;
using PostMortemFlow.Integrations.LocalOutbox;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Publishing.Tests.Local;

public sealed class LocalFollowUpSchedulerTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 9, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Invite_ReadBackAsICalendar_HasTheEventItsAttendeesAndTheOpenItems()
    {
        var state = TestStates.Published(change: p => p with
        {
            Title = "Checkout; errors, and a title long enough that an iCalendar line must be folded at 75 octets somewhere",
        });

        var text = LocalFollowUpScheduler.Invite(state, At, "pm-20250209-api/follow-up", At.AddDays(-28));
        var review = Assert.Single(Calendar.Load(text)!.Events);

        Assert.Equal($"Post-mortem follow-up review: {state.PostMortem.Title}", review.Summary);
        Assert.Equal(At.UtcDateTime, review.DtStart!.AsUtc);
        Assert.Equal(At.AddHours(1).UtcDateTime, review.DtEnd!.AsUtc);
        Assert.Contains("AI-001", review.Description, StringComparison.Ordinal);
        Assert.Contains("mailto:ana@example.com", review.Attendees.Select(a => a.Value!.ToString()));
        Assert.Contains("mailto:vp@example.com", review.Attendees.Select(a => a.Value!.ToString()));
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, $"unfolded line: {line}"));
        Assert.Contains("Checkout\\; errors\\, and", text, StringComparison.Ordinal);
    }
}
