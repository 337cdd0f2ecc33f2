using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Rules;

/// <summary>The method's own example lints clean, and each hand-made mistake trips its rule and no other.</summary>
public class SeedFixtureMutationTests
{
    private static readonly string Fixture = File.ReadAllText(SeedExample.FixturePath);

    private static readonly Dictionary<string, (string Rule, Func<string> Markdown)> Cases = new()
    {
        ["a person blamed in the summary"] = (RuleIds.BlamelessLanguage, () => Replace("A query shipped in v2.3.0 ran without a supporting index, held", "@jnovak forgot to add an index, so a query held")),
        ["judgement words in the lessons"] = (RuleIds.BlamelessLanguage, () => Replace("- Tests on a small staging database", "- It was careless human error; tests on a small staging database")),
        ["a vague action"] = (RuleIds.VagueActionItem, () => Replace("| Create runbook: DB connection saturation (diagnosis queries, rollback and pool-resize steps) |", "| Improve monitoring |")),
        ["an action without owner"] = (RuleIds.IncompleteActionItem, () => Replace("| @asmith | 2025-02-28 |", "|  | 2025-02-28 |")),
        ["a deadline before the incident"] = (RuleIds.IncompleteActionItem, () => Replace("| @asmith | 2025-02-28 |", "| @asmith | 2025-01-28 |")),
        ["a duplicate action id"] = (RuleIds.IncompleteActionItem, () => Replace("| AI-006 |", "| AI-005 |")),
        ["a single contributing factor"] = (RuleIds.SingleFactor, () => Cut("### Factor 2:", "### Systemic Issues")),
        ["a four-why chain"] = (RuleIds.ShallowAnalysis, () => Cut("5. Why was the plan not checked", "### Factor 2:")),
        ["no systemic issues"] = (RuleIds.NoSystemicIssue, () => Cut("- No query-plan review before deploy.", "## Action Items")),
        ["rows out of order"] = (RuleIds.TimelineOrder, () => Replace("2025-02-09T10:12Z | Page acknowledged", "2025-02-09T10:07Z | Page acknowledged")),
        ["a time without zone"] = (RuleIds.TimelineTimezone, () => Replace("2025-02-09T10:18Z |", "2025-02-09 10:18 |")),
        ["a quarter hour with no entry"] = (RuleIds.TimelineGap, () => Cut("| 2025-02-09T10:18Z |", "| 2025-02-09T10:29Z |")),
        ["no detection"] = (RuleIds.TimelineMissingMoment, () => Replace("| Alertmanager | System | detected |", "| Alertmanager | System |  |")),
    };

    public static TheoryData<string> Mutations() => [.. Cases.Keys];

    [Fact]
    public void Lint_SeedFixture_IsClean()
    {
        var document = MarkdownReportParser.Parse(Fixture);

        Assert.Empty(document.Problems);
        Assert.Empty(Findings(Fixture));
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Lint_MutatedSeedFixture_TripsOnlyTheIntendedRule(string mutation)
    {
        var (rule, mutate) = Cases[mutation];
        var markdown = mutate();
        Assert.NotEqual(Fixture, markdown);

        var findings = Findings(markdown);

        Assert.True(findings.Count > 0, $"{mutation}: no finding");
        Assert.All(findings, f => Assert.True(f.Rule == rule, $"{mutation}: unexpected {f.Rule}: {f.Message}"));
        Assert.All(findings, f => Assert.NotNull(f.Line));
    }

    private static IReadOnlyList<Finding> Findings(string markdown)
    {
        var document = MarkdownReportParser.Parse(markdown);
        return PostMortemLinter.Findings(new LintContext(document.PostMortem, LintOptions.Default, document.SourceMap));
    }

    private static string Replace(string original, string replacement)
    {
        Assert.Contains(original, Fixture);
        return Fixture.Replace(original, replacement, StringComparison.Ordinal);
    }

    /// <summary>Removes the text from <paramref name="from"/> up to, not including, <paramref name="to"/>.</summary>
    private static string Cut(string from, string to)
    {
        var start = Fixture.IndexOf(from, StringComparison.Ordinal);
        var end = Fixture.IndexOf(to, start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"cannot cut {from}…{to}");
        return Fixture[..start] + Fixture[end..];
    }
}
