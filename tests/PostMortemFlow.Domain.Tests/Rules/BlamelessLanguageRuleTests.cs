using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Domain.Tests.Rules;

public class BlamelessLanguageRuleTests
{
    private static readonly PostMortem People = new()
    {
        Authors = ["alice", "priya.sharma@example.com"],
        Reviewers = ["Dave Kim"],
        ExecutiveSponsor = "Marcus Lee",
        Timeline = [new TimelineEntry { Actor = "@bob" }, new TimelineEntry { Actor = "System" }],
    };

    private static List<Finding> Check(PostMortem postMortem, SourceMap? sourceMap = null) =>
        new BlamelessLanguageRule()
            .Check(new LintContext(postMortem, LintOptions.Default, sourceMap ?? SourceMap.Empty))
            .ToList();

    private static List<Finding> CheckSummary(string summary) => Check(People with { Summary = summary });

    [Theory]
    [InlineData("@bob forgot to run the migration before the deploy.", "@bob forgot to run")]
    [InlineData("The cache was broken by @alice.", "broken by @alice")]
    [InlineData("Priya failed to notify the status page.", "Priya failed to notify")]
    [InlineData("Marcus dropped the ball on the escalation.", "Marcus dropped the ball")]
    [InlineData("The engineer made a mistake.", "The engineer made a mistake")]
    [InlineData("the on-call ignored the page for 20 minutes", "the on-call ignored")]
    [InlineData("Someone deleted the bucket by mistake.", "Someone deleted the bucket by mistake")]
    [InlineData("He ignored the warning.", "He ignored")]
    [InlineData("I forgot to drain the node.", "I forgot to drain")]
    [InlineData("This was human error.", "human error")]
    [InlineData("The new hire is to blame.", "is to blame")]
    [InlineData("Bob was careless with the credentials.", "Bob was careless")]
    [InlineData("The failure was @bob's fault.", "@bob's fault")]
    [InlineData("Dave's change broke the login flow.", "Dave's change broke")]
    [InlineData("If @alice had read the runbook, this would not have happened.", "If @alice had read")]
    [InlineData("The developer who wrote the query forgot to add a LIMIT.", "The developer who wrote the query forgot to add")]
    [InlineData("The SRE on call didn't follow the runbook.", "The SRE on call didn't follow")]
    [InlineData("@frank wrote \"whoever did this is incompetent\" in the channel.", "incompetent")]
    public void Check_PersonBlamed_FlagsTheWords(string sentence, string excerpt)
    {
        var finding = Assert.Single(CheckSummary(sentence));

        Assert.Equal(RuleIds.BlamelessLanguage, finding.Rule);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("summary", finding.Field);
        Assert.Equal(excerpt, finding.Excerpt);
        Assert.Contains(excerpt, sentence, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(finding.Suggestion));
    }

    [Theory]
    [InlineData("The v2.3.0 query caused a full table scan.")]
    [InlineData("The alert failed to fire.")]
    [InlineData("The deploy broke the cache.")]
    [InlineData("The connection pool was exhausted at 10:05 UTC.")]
    [InlineData("The migration script ignored the lock timeout.")]
    [InlineData("@alice acknowledged the page.")]
    [InlineData("bob rolled back the deploy.")]
    [InlineData("\"I think the DB is down\" — @carol")]
    [InlineData("@bob wrote: \"sorry, I broke it\".")]
    [InlineData("No one is to blame; the process allowed an unreviewed change.")]
    [InlineData("We had no alert because the channel was muted.")]
    [InlineData("The Kubernetes operator failed to reconcile the StatefulSet.")]
    [InlineData("The on-call did not have access to the dashboards.")]
    [InlineData("Fault injection did not cover DNS; the page fault rate doubled.")]
    [InlineData("The alert was acknowledged by @bob at 10:08, e.g. within 2 minutes.")]
    [InlineData("The pods restarted. They failed to pass the readiness probe.")]
    [InlineData("She should have been paged at 10:05.")]
    [InlineData("Alice's laptop crashed during the bridge call.")]
    [InlineData("It is tempting to blame the network, but packet loss stayed at 0%.")]
    [InlineData("The lazy-loading cache returned stale entries.")]
    [InlineData("@here the replica failed to catch up.")]
    public void Check_SystemOrNeutralSentence_DoesNotFlag(string sentence)
    {
        Assert.Empty(CheckSummary(sentence));
    }

    [Fact]
    public void Check_TheyAfterAPerson_StandsForThePerson()
    {
        Assert.Single(CheckSummary("Bob took the page at 10:05. They failed to escalate."));
    }

    public static TheoryData<string, Func<string, PostMortem>> Fields() => new()
    {
        { "rootCause", s => People with { RootCause = s } },
        { "impact.description", s => People with { Impact = new Impact { Description = s } } },
        { "timeline[1].event", s => People with { Timeline = [People.Timeline[0], People.Timeline[1] with { Event = s }] } },
        { "analysis.immediateCauses[0]", s => People with { Analysis = new Analysis { ImmediateCauses = [s] } } },
        { "analysis.systemicIssues[0]", s => People with { Analysis = new Analysis { SystemicIssues = [s] } } },
        { "analysis.factors[1].whys[2]", s => People with { Analysis = new Analysis { Factors = [new(), new() { Whys = ["a", "b", s] }] } } },
        { "actionItems[AI-002].action", s => People with { ActionItems = [new ActionItem { Id = "AI-002", Action = s }] } },
        { "whatWentWell[0]", s => People with { WhatWentWell = [s] } },
        { "lessonsLearned[1]", s => People with { LessonsLearned = ["Pools need alerts.", s] } },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Check_BlameInAnyProseField_NamesTheField(string field, Func<string, PostMortem> build)
    {
        var finding = Assert.Single(Check(build("@bob forgot to run the migration.")));

        Assert.Equal(field, finding.Field);
    }

    [Fact]
    public void Check_SourceMapKnowsTheField_LineCountsNewlinesBeforeTheSentence()
    {
        var sourceMap = new SourceMap();
        sourceMap.Add("summary", 12);
        var postMortem = People with { Summary = "The pool was exhausted.\nLatency rose at 10:05.\n\nThe on-call missed the page." };

        var finding = Assert.Single(Check(postMortem, sourceMap));

        Assert.Equal(15, finding.Line);
    }

    [Fact]
    public void Check_NoSourceMap_LeavesLineEmpty()
    {
        Assert.Null(Assert.Single(CheckSummary("@bob forgot to run the migration.")).Line);
    }

    [Fact]
    public void Check_PersonForgotAStep_SuggestsTheProcessAsSubject()
    {
        var finding = Assert.Single(CheckSummary("@bob forgot to run the migration before the deploy."));

        Assert.Contains("The deploy pipeline did not run the migration before the deploy, and nothing checked that it had.",
            finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PassiveAgent_SuggestsNamingTheChange()
    {
        var finding = Assert.Single(CheckSummary("The cache was broken by @alice."));

        Assert.Contains("The cache was broken by <the change or step>", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HandleOnlyKnownAsAuthorEmail_IsRecognisedByItsFirstPart()
    {
        var postMortem = new PostMortem { Authors = ["zdw.ops@example.com"], Summary = "zdw forgot to scale the pool." };

        Assert.Single(Check(postMortem));
        Assert.Empty(Check(postMortem with { Authors = [], Summary = "After the deploy zdw forgot to scale the pool." }));
    }

    [Theory]
    [InlineData("The expired certificate was Kim's fault.", "Kim's fault")]
    [InlineData("Paul neglected the disk alert.", "Paul neglected")]
    [InlineData("Had Rosa been more careful the job would have run.", "Had Rosa been")]
    [InlineData("The payments team is to blame for the delay.", "is to blame")]
    [InlineData("Wei Chen broke checkout with a hotfix.", "Wei Chen broke")]
    [InlineData("A typo by Lucía broke the routing table.", "typo by Lucía")]
    [InlineData("The QA team missed the regression.", "The QA team missed")]
    [InlineData("Had they only checked the dashboard, the outage would have been short.", "Had they only checked")]
    public void Check_PersonOrTeamInPlainWords_Flags(string sentence, string excerpt)
    {
        Assert.Equal(excerpt, Assert.Single(Check(new PostMortem { Summary = sentence })).Excerpt);
    }

    [Theory]
    [InlineData("Dana rolled back the deploy at 10:29.")]
    [InlineData("The deploy broke the checkout page.")]
    [InlineData("This was not Kim's fault: the renewal job had been failing silently.")]
    [InlineData("Redis ignored the eviction policy after the upgrade.")]
    [InlineData("Retries caused a thundering herd on the database.")]
    [InlineData("Monday's deploy broke the cache.")]
    [InlineData("The payments team rolled out the fix at 12:40.")]
    [InlineData("The team's error budget was spent by 10:40.")]
    public void Check_SystemOrActionWithoutJudgement_DoesNotFlag(string sentence)
    {
        Assert.Empty(Check(new PostMortem { Summary = sentence }));
    }

    [Fact]
    public void Check_NameThatIsAWord_CountsOnlyCapitalised()
    {
        var postMortem = new PostMortem { Authors = ["frank"], Summary = "To be frank, the alert failed to fire." };

        Assert.Empty(Check(postMortem));
        Assert.Single(Check(postMortem with { Summary = "Frank failed to escalate." }));
    }

    [Fact]
    public void Linter_AllRules_DiscoversTheLanguageRules()
    {
        var ids = PostMortemLinter.AllRules.Select(r => r.Id).ToList();

        Assert.Contains(RuleIds.BlamelessLanguage, ids);
        Assert.Contains(RuleIds.VagueActionItem, ids);
        Assert.Contains(RuleIds.ShallowAnalysis, ids);
    }
}
