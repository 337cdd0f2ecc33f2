using PostMortemFlow.Domain.Metrics;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Tests.Metrics;

public class IncidentMetricsTests
{
    private static readonly DateTimeOffset Start = new(2025, 2, 9, 10, 5, 0, TimeSpan.Zero);

    private static TimelineEntry At(int minutes, TimelineEntryKind kind) =>
        new() { Time = Start.AddMinutes(minutes), Event = kind.ToString(), Kind = kind };

    [Fact]
    public void From_TimelineWithKeyMoments_MeasuresFromFirstSymptom()
    {
        var postMortem = new PostMortem
        {
            Incident = new Incident { StartedAt = Start, EndedAt = Start.AddMinutes(40) },
            Timeline =
            [
                At(0, TimelineEntryKind.FirstSymptom),
                At(3, TimelineEntryKind.Detected),
                At(7, TimelineEntryKind.Acknowledged),
                At(25, TimelineEntryKind.Mitigated),
                At(40, TimelineEntryKind.Resolved),
            ],
        };

        var metrics = IncidentMetrics.From(postMortem);

        Assert.Equal(TimeSpan.FromMinutes(3), metrics.TimeToDetect);
        Assert.Equal(TimeSpan.FromMinutes(7), metrics.TimeToAcknowledge);
        Assert.Equal(TimeSpan.FromMinutes(25), metrics.TimeToMitigate);
        Assert.Equal(TimeSpan.FromMinutes(40), metrics.TimeToResolve);
        Assert.Equal(TimeSpan.FromMinutes(40), metrics.Duration);
    }

    [Fact]
    public void From_MissingMoments_LeavesThemUnknown()
    {
        var metrics = IncidentMetrics.From(new PostMortem { Incident = new Incident { StartedAt = Start } });

        Assert.Null(metrics.TimeToDetect);
        Assert.Null(metrics.TimeToResolve);
        Assert.Null(metrics.Duration);
        Assert.Equal(Start, metrics.ImpactStart);
    }
}
