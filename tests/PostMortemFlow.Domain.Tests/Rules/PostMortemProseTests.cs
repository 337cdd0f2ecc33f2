using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules.Language;

namespace PostMortemFlow.Domain.Tests.Rules;

public class PostMortemProseTests
{
    [Fact]
    public void Fragments_FilledPostMortem_YieldsEveryProseFieldWithItsPath()
    {
        var postMortem = new PostMortem
        {
            Title = "Post-Mortem: orders API outage (2025-02-09)",
            Summary = "s",
            Impact = new Impact { Description = "i" },
            RootCause = "r",
            Timeline = [new TimelineEntry { Event = "e0" }, new TimelineEntry { Event = "" }],
            Analysis = new Analysis
            {
                ImmediateCauses = ["c"],
                Factors = [new ContributingFactor { Description = "f", Whys = ["w0", "w1"] }],
                SystemicIssues = ["y"],
            },
            ActionItems = [new ActionItem { Id = "AI-001", Action = "a" }, new ActionItem { Action = "b" }],
            WhatWentWell = ["g"],
            LessonsLearned = ["l"],
            DataGaps = [new DataGap { Reason = "d" }],
        };

        var fields = PostMortemProse.Fragments(postMortem).Select(f => $"{f.Field}={f.Text}");

        Assert.Equal(
        [
            "title=Post-Mortem: orders API outage (2025-02-09)", "summary=s", "impact.description=i", "rootCause=r",
            "timeline[0].event=e0", "analysis.immediateCauses[0]=c", "analysis.factors[0].description=f",
            "analysis.factors[0].whys[0]=w0", "analysis.factors[0].whys[1]=w1", "analysis.systemicIssues[0]=y",
            "actionItems[AI-001].action=a", "actionItems[1].action=b", "whatWentWell[0]=g", "lessonsLearned[0]=l",
            "dataGaps[0].reason=d",
        ], fields);
    }
}
