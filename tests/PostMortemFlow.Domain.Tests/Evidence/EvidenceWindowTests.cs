using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Tests.Evidence;

public sealed class EvidenceWindowTests
{
    private static readonly DateTimeOffset Start = new(2025, 2, 9, 10, 8, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2025, 2, 9, 10, 40, 0, TimeSpan.Zero);
    private static readonly Incident Resolved = new() { StartedAt = Start, EndedAt = End };
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(30);

    [Fact]
    public void UpTo_RightAfterTheResolve_EndsNowNotHalfAnHourAhead()
    {
        var now = End.AddMinutes(2);

        var window = EvidenceWindow.For(Resolved, Margin, Margin, now);

        Assert.Equal(End + Margin, window.To);
        Assert.Equal(new EvidenceWindow(Start - Margin, now), window.UpTo(now));
    }

    [Fact]
    public void UpTo_LongAfter_IsTheWholeWindow()
    {
        var window = EvidenceWindow.For(Resolved, Margin, Margin, End.AddDays(1));

        Assert.Same(window, window.UpTo(End.AddDays(1)));
    }

    [Fact]
    public void UpTo_BeforeTheWindowBegins_IsEmptyAtItsStart()
    {
        var window = EvidenceWindow.For(Resolved, Margin, Margin, End);
        var early = Start.AddHours(-2);

        Assert.Equal(new EvidenceWindow(Start - Margin, Start - Margin), window.UpTo(early));
    }

    [Fact]
    public void UpTo_AnOffsetNow_IsUtc()
    {
        var now = new DateTimeOffset(2025, 2, 9, 11, 45, 0, TimeSpan.FromHours(1));

        var window = EvidenceWindow.For(Resolved, Margin, Margin, now).UpTo(now);

        Assert.Equal((new DateTimeOffset(2025, 2, 9, 10, 45, 0, TimeSpan.Zero), TimeSpan.Zero), (window.To, window.To.Offset));
    }
}
