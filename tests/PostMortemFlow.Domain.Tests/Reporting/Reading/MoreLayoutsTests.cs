using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Reporting.Reading;

namespace PostMortemFlow.Domain.Tests.Reporting.Reading;

/// <summary>
/// Layouts of real public post-mortems the reader had not seen, each with a sentence or row written for the test in
/// the shape the source uses.
/// </summary>
public class MoreLayoutsTests
{
    private static PostMortem Read(string markdown) => PostMortemReader.Read(MarkdownBlocks.Read(markdown)).PostMortem;

    [Theory]
    // The month as a word between year and day, as in a "- Date: ..." field list (cosmos/incidents hub/2025/0207_upgrade.md).
    [InlineData("# Patch release went wrong\n\n- Date: 2024-Mar-09\n", 2024, 3, 9)]
    // ... upper case (cosmos/incidents hub/2025/1126_block_times.md).
    [InlineData("# Slow blocks\n\n- Date: 2024-NOV-3\n", 2024, 11, 3)]
    // Day, month word and year with slashes, as a log writes it (turboflakes/postmortems README.md).
    [InlineData("# Node crash 14/Jun/2023\n", 2023, 6, 14)]
    [InlineData("# Node crash 02-Oct-2022\n", 2022, 10, 2)]
    public void Read_DateWithTheMonthAsAWordBetweenNumbers_IsTheIncidentDate(string markdown, int year, int month, int day)
    {
        var pm = Read(markdown);

        Assert.False(pm.Incident.DateNotStated);
        Assert.Equal(new DateOnly(year, month, day), DateOnly.FromDateTime(pm.Incident.StartedAt.UtcDateTime));
    }
}
