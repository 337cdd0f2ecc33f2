using PostMortemFlow.Domain.Evidence;

namespace PostMortemFlow.Domain.Tests.Evidence;

public class CoverageTests
{
    private static readonly DateTimeOffset T0 = new(2025, 2, 9, 9, 30, 0, TimeSpan.Zero);
    private static readonly EvidenceWindow Window = new(T0, T0.AddHours(3));

    [Fact]
    public void Gaps_DataOnlyInTheMiddle_ReportsStartAndEnd()
    {
        var times = Enumerable.Range(0, 120).Select(m => T0.AddMinutes(30 + m));

        var gaps = Coverage.Gaps("prometheus", Window, times, TimeSpan.FromMinutes(2), "no samples");

        Assert.Equal([(T0, T0.AddMinutes(30)), (T0.AddMinutes(149), T0.AddHours(3))], gaps.Select(g => (g.From, g.To)));
        Assert.All(gaps, g => Assert.Equal("prometheus", g.Source));
    }

    [Fact]
    public void Gaps_HoleInside_ReportsTheHole()
    {
        var times = Enumerable.Range(0, 181).Where(m => m is < 60 or > 70).Select(m => T0.AddMinutes(m));

        var gap = Assert.Single(Coverage.Gaps("s", Window, times, TimeSpan.FromMinutes(2), "hole"));

        Assert.Equal((T0.AddMinutes(59), T0.AddMinutes(71)), (gap.From, gap.To));
    }

    [Fact]
    public void Gaps_NoData_IsOneGapOverTheWindow()
    {
        var gap = Assert.Single(Coverage.Gaps("s", Window, [], TimeSpan.FromMinutes(2), "down"));

        Assert.Equal((Window.From, Window.To, "down"), (gap.From, gap.To, gap.Reason));
    }

    [Fact]
    public void Covered_IgnoresTimesOutsideTheWindow() =>
        Assert.Equal(new EvidenceWindow(T0.AddMinutes(1), T0.AddMinutes(5)),
            Coverage.Covered(Window, [T0.AddMinutes(-5), T0.AddMinutes(1), T0.AddMinutes(5), T0.AddHours(4)]));
}
