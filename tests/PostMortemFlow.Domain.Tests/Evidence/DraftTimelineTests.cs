using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Tests.Evidence;

public class DraftTimelineTests
{
    private static readonly DateTimeOffset T0 = new(2025, 2, 9, 10, 8, 0, TimeSpan.Zero);

    private static TimelineEntry Fired(string source, DateTimeOffset at) =>
        new() { Time = at, Event = "Alert HighErrorRate firing", Source = source, Kind = TimelineEntryKind.Detected };

    [Fact]
    public void Merge_SameEventFromTwoSourcesWithinTolerance_KeepsOneRowWithoutNote()
    {
        var first = DraftTimeline.Merge([], [Fired("alertmanager", T0.AddSeconds(20))]);

        var merged = DraftTimeline.Merge(first.Timeline, [Fired("prometheus", T0)]);

        var row = Assert.Single(merged.Timeline);
        Assert.Equal(("prometheus", T0), (row.Source, row.Time));
        Assert.Empty(merged.SkewNotes);
    }

    [Fact]
    public void Merge_SameEventFurtherApartThanTolerance_FlagsClockSkew()
    {
        var first = DraftTimeline.Merge([], [Fired("alertmanager", T0.AddSeconds(150))]);

        var merged = DraftTimeline.Merge(first.Timeline, [Fired("prometheus", T0)]);

        Assert.Single(merged.Timeline);
        var note = Assert.Single(merged.SkewNotes);
        Assert.Equal("prometheus" + DraftTimeline.SkewSuffix, note.Source);
        Assert.Equal((T0, T0.AddSeconds(150)), (note.From, note.To));
        Assert.Contains("150 s apart", note.Reason);
    }

    [Fact]
    public void Merge_SameTextHoursApart_KeepsBothOccurrences()
    {
        var first = DraftTimeline.Merge([], [Fired("alertmanager", T0.AddHours(1))]);

        var merged = DraftTimeline.Merge(first.Timeline, [Fired("prometheus", T0)]);

        Assert.Equal(2, merged.Timeline.Count);
        Assert.Empty(merged.SkewNotes);
    }

    [Fact]
    public void Merge_ExactRepeatFromSameSource_IsDropped_AndRowsAreSorted()
    {
        var later = new TimelineEntry { Time = T0.AddMinutes(5), Event = "deploy", Source = "logs" };
        var first = DraftTimeline.Merge([], [later, Fired("prometheus", T0)]);

        var merged = DraftTimeline.Merge(first.Timeline, [later]);

        Assert.Equal([T0, T0.AddMinutes(5)], merged.Timeline.Select(e => e.Time));
    }
}
