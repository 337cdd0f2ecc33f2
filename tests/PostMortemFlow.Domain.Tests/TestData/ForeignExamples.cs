using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Reporting.Reading;

namespace PostMortemFlow.Domain.Tests.TestData;

/// <summary>
/// Post-mortems written the way teams outside the template write them, in our own words; each file names the public
/// report whose layout it imitates.
/// </summary>
public static class ForeignExamples
{
    public const string HeadingPerTime = "heading-per-time-pst.md";
    public const string BulletsWithDateLines = "bullets-date-lines-pst.md";
    public const string DayDateTimeTable = "day-date-time-table.md";
    public const string FrontMatterBoldTimes = "front-matter-bold-times.md";
    public const string DottedTimesNoZone = "dotted-times-no-zone.md";
    public const string FieldBlock = "field-block-pseudo-headings.md";
    public const string DayFirstDates = "day-first-dates.md";
    public const string ConfluenceExport = "confluence-export.html";

    public static TheoryData<string> Files =>
        [HeadingPerTime, BulletsWithDateLines, DayDateTimeTable, FrontMatterBoldTimes, DottedTimesNoZone, FieldBlock, DayFirstDates, ConfluenceExport];

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Foreign", file);

    public static PostMortemDocument Read(string file)
    {
        var text = File.ReadAllText(PathOf(file));
        return PostMortemReader.Read(file.EndsWith(".html", StringComparison.Ordinal) ? HtmlBlocks.Read(text) : MarkdownBlocks.Read(text));
    }
}
