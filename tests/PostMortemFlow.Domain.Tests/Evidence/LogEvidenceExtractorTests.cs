using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Tests.Evidence;

public class LogEvidenceExtractorTests
{
    private static readonly EvidenceWindow Window = new(new(2025, 2, 9, 9, 30, 0, TimeSpan.Zero), new(2025, 2, 9, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Add_PlainAndJsonLines_KeepsFirstErrorAndChanges()
    {
        var extractor = new LogEvidenceExtractor("logs", "logs/app.log", Window);
        string[] lines =
        [
            "2025-02-09T10:01:00Z INFO deploy of api v42 started",
            "2025-02-09T10:07:00Z ERROR upstream timed out",
            """{"time":"2025-02-09T10:05:30Z","level":"error","message":"connection pool exhausted"}""",
            "2025-02-09T10:06:00Z INFO all good",
            "2025-02-09T08:00:00Z ERROR before the window",
            "not a log line with error",
        ];
        foreach (var line in lines)
        {
            extractor.Add(line);
        }

        var entries = extractor.Entries();

        Assert.Equal(6, extractor.Lines);
        Assert.Equal(2, extractor.ErrorLines);
        Assert.Collection(entries,
            e => Assert.Equal((TimelineEntryKind.Event, "Change seen in logs: INFO deploy of api v42 started"), (e.Kind, e.Event)),
            e => Assert.Equal((TimelineEntryKind.FirstSymptom, new DateTimeOffset(2025, 2, 9, 10, 5, 30, TimeSpan.Zero)), (e.Kind, e.Time)));
    }

    [Theory]
    [InlineData("2025-02-09T10:07:00+01:00 boom", "2025-02-09T09:07:00Z")]
    [InlineData("[2025-02-09T10:07:00.250Z] boom", "2025-02-09T10:07:00.25Z")]
    [InlineData("""{"@t":"2025-02-09T10:07:00Z","@m":"boom"}""", "2025-02-09T10:07:00Z")]
    public void TryRead_KnownShapes_ReadsUtcTime(string line, string expected)
    {
        Assert.True(LogEvidenceExtractor.TryRead(line, out var time, out var message));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), time);
        Assert.Equal("boom", message);
    }

    [Fact]
    public async Task AddLinesAsync_LongInputWithCrLf_ReadsEveryLineLikeAdd()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"2025-02-09T10:{i % 60:00}:00Z INFO line {i}\r\n"))
                   + "2025-02-09T10:06:00Z ERROR boom" + new string('x', 200_000);
        var extractor = new LogEvidenceExtractor("logs", "logs/a.log", Window);

        await extractor.AddLinesAsync(new StringReader(text));

        Assert.Equal((20_001, 1), (extractor.Lines, extractor.ErrorLines));
        Assert.Equal(new DateTimeOffset(2025, 2, 9, 10, 6, 0, TimeSpan.Zero), Assert.Single(extractor.Entries()).Time);
    }
}
