using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Model;

public class PostMortemTimeShiftTests
{
    [Fact]
    public void ShiftedBy_MovesEveryTimeAndDeadline_AndStillLintsClean()
    {
        var seed = SeedExample.Create();
        var shift = TimeSpan.FromDays(600.25);

        var moved = seed.ShiftedBy(shift);

        Assert.Equal(seed.Incident.StartedAt + shift, moved.Incident.StartedAt);
        Assert.Equal(seed.Incident.EndedAt + shift, moved.Incident.EndedAt);
        Assert.Equal(seed.Timeline.Select(e => e.Time + shift), moved.Timeline.Select(e => e.Time));
        Assert.Equal(seed.ActionItems.Select(i => i.Deadline?.AddDays(601)), moved.ActionItems.Select(i => i.Deadline));
        Assert.All(moved.Timeline, e => Assert.Null(e.TimeAsWritten));
        Assert.Empty(PostMortemLinter.Findings(new LintContext(moved)));
    }

    [Fact]
    public void ShiftedBy_ReportWithDurationAsWritten_DropsIt()
    {
        var written = MarkdownReportParser.Parse(TemplateExamples.Read(TemplateExamples.MethodExample)).PostMortem;

        var moved = written.ShiftedBy(TimeSpan.FromDays(3));

        Assert.NotNull(written.Incident.DurationAsWritten);
        Assert.Null(moved.Incident.DurationAsWritten);
    }
}
