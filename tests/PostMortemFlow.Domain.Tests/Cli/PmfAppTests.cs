using System.Text.Json;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Cli;

public sealed class PmfAppTests : IDisposable
{
    private const string BrokenRows = """
        # Post-Mortem: Broken rows (2025-02-09)

        ## Timeline

        | Time | Event | Source | Actor |
        |---|---|---|---|
        | 10:05Z | Errors start | Grafana | System |
        | around lunch | Dashboard checked | Slack | @a |
        """;

    private readonly PmfCli _cli = new();

    public void Dispose() => _cli.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args) => PmfCli.Run(args);

    private string Write(string name, string text) => _cli.Write(name, text);

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("lint")]
    [InlineData("new")]
    public void Run_BadUsage_ExitsTwoWithMessageOnStderr(params string[] args)
    {
        var (code, _, err) = Run(args);

        Assert.Equal(2, code);
        Assert.Contains("usage: pmf", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_UnknownFormat_ExitsTwo()
    {
        var (code, _, err) = Run("lint", SeedExample.FixturePath, "--format", "xml");

        Assert.Equal(2, code);
        Assert.Contains("xml", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_MissingFile_ExitsTwoWithClearMessage()
    {
        var missing = Path.Combine(_cli.Folder, "missing.md");

        var (code, output, err) = Run("lint", missing);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"cannot read {missing}", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_DirectoryInsteadOfFile_ExitsTwo()
    {
        Assert.Equal(2, Run("lint", _cli.Folder).Code);
    }

    [Fact]
    public void Lint_CleanFixtureAsJson_ExitsZeroWithFindingsAndChecklistArrays()
    {
        var (code, output, _) = Run("lint", SeedExample.FixturePath, "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("findings").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("checklist").ValueKind);
    }

    [Fact]
    public void Lint_CleanFixtureAsText_ExitsZeroAndEndsWithChecklist()
    {
        var (code, output, err) = Run("lint", SeedExample.FixturePath);

        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.Contains("Validation checklist:", output, StringComparison.Ordinal);
        Assert.EndsWith("0 error(s), 0 warning(s)", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ParseProblemAsText_ReportsFileLineSeverityRuleAndExitsOne()
    {
        var path = Write("broken.md", BrokenRows);

        var (code, output, _) = Run("lint", path);

        Assert.Equal(1, code);
        Assert.Contains($"{path}:8: error parse: Timeline time 'around lunch' cannot be read", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_BlamingSentence_ReportsItsLineRuleAndSuggestionAndExitsOne()
    {
        var fixture = File.ReadAllText(SeedExample.FixturePath);
        var blaming = fixture.Replace("Checkout and order history requests failed", "@jnovak forgot to add the index. Checkout and order history requests failed", StringComparison.Ordinal);
        var line = blaming.Split('\n').ToList().FindIndex(l => l.Contains("@jnovak forgot", StringComparison.Ordinal)) + 1;
        var path = Write("blaming.md", blaming);

        var (code, text, _) = Run("lint", path);
        var (_, json, _) = Run("lint", path, "--format", "json");

        Assert.Equal(1, code);
        Assert.Contains($"{path}:{line}: error blameless-language:", text, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var finding = Assert.Single(document.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("blameless-language", finding.GetProperty("rule").GetString());
        Assert.Equal(line, finding.GetProperty("line").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("suggestion").GetString()));
        var blameless = document.RootElement.GetProperty("checklist").EnumerateArray().Single(c => c.GetProperty("number").GetInt32() == 4);
        Assert.Equal("fail", blameless.GetProperty("status").GetString());
    }

    [Fact]
    public void Lint_ParseProblemAsJson_HasCamelCaseLowercaseShape()
    {
        var path = Write("broken.md", BrokenRows);

        var (code, output, _) = Run("lint", path, "--format", "json");

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var finding = json.RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("rule").GetString() == "parse");
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(8, finding.GetProperty("line").GetInt32());
        Assert.Contains("around lunch", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("suggestion").ValueKind);
    }

    [Fact]
    public void Render_NoOutputOption_ExitsTwo()
    {
        var (code, _, err) = Run("render", SeedExample.FixturePath);

        Assert.Equal(2, code);
        Assert.Contains("--html", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnreadableInput_ExitsTwoAndWritesNothing()
    {
        var html = Path.Combine(_cli.Folder, "out.html");

        var (code, _, _) = Run("render", Path.Combine(_cli.Folder, "missing.md"), "--html", html);

        Assert.Equal(2, code);
        Assert.False(File.Exists(html));
    }

    [Fact]
    public void Render_HtmlAndMarkdown_WritesBothFiles()
    {
        var html = Path.Combine(_cli.Folder, "out.html");
        var md = Path.Combine(_cli.Folder, "out.md");

        var (code, _, err) = Run("render", SeedExample.FixturePath, "--html", html, "--md", md);

        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.Equal(File.ReadAllText(SeedExample.FixturePath).Replace("\r\n", "\n", StringComparison.Ordinal), File.ReadAllText(md));
        var page = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("<title>Post-Mortem: API degradation (2025-02-09)</title>", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TemplateExamples.Files), MemberType = typeof(TemplateExamples))]
    public void Lint_TemplateLayout_ExitsZeroWithChecklistOneToFourPassed(string file)
    {
        var (code, output, err) = Run("lint", TemplateExamples.PathOf(file));

        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.DoesNotContain(": error ", output, StringComparison.Ordinal);
        for (var n = 1; n <= 4; n++)
        {
            Assert.Contains($"  {n}. [pass] ", output, StringComparison.Ordinal);
        }
        Assert.EndsWith("0 error(s), 1 warning(s)", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_TemplateLayout_SaysHowSeverityKindsCategoriesAndPrioritiesWereRead()
    {
        var path = TemplateExamples.PathOf(TemplateExamples.PaymentIncident);

        var (_, text, _) = Run("lint", path);
        var (_, json, _) = Run("lint", path, "--format", "json");

        Assert.Contains($"{path}:5: note parse: Severity 'P2 (Major internal degradation)' read as Sev2.", text, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var notes = document.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("message").GetString()).ToList();
        Assert.Equal(4, notes.Count);
        Assert.Contains(notes, n => n!.StartsWith("Timeline kinds inferred", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_TemplateLayout_KeepsTimesAndLabelsAsWritten()
    {
        var md = Path.Combine(_cli.Folder, "out.md");
        var source = TemplateExamples.PathOf(TemplateExamples.PaymentIncident);

        var (code, _, err) = Run("render", source, "--md", md);

        Assert.Equal(0, code);
        Assert.Contains("note parse: Timeline kinds inferred", err, StringComparison.Ordinal);
        var rendered = File.ReadAllText(md);
        Assert.Contains("- **Severity:** P2 (Major internal degradation)", rendered, StringComparison.Ordinal);
        Assert.Contains("## Timeline (all times UTC)", rendered, StringComparison.Ordinal);
        Assert.Contains("| 00:11 | Escalated to the platform on-call, who owns the secret store | PagerDuty | Lena Fischer | escalated (inferred) |",
            rendered, StringComparison.Ordinal);
        Assert.Contains("**Category:** Capacity Planning", rendered, StringComparison.Ordinal);
        Assert.Equal(0, Run("lint", md).Code);
    }

    [Fact]
    public void New_Title_PrintsSkeletonThatParsesBackWithoutProblems()
    {
        var (code, output, _) = Run("new", "Disk full on build agents");

        Assert.Equal(0, code);
        Assert.StartsWith("# Post-Mortem: Disk full on build agents (", output, StringComparison.Ordinal);
        var doc = MarkdownReportParser.Parse(output);
        Assert.Empty(doc.Problems);
        Assert.Equal("Disk full on build agents", doc.PostMortem.Title);
        Assert.Equal(9, doc.PostMortem.Timeline.Count);
        Assert.Single(doc.PostMortem.ActionItems);
        Assert.Equal(5, doc.PostMortem.Analysis.Factors[0].Whys.Count);
        Assert.Equal(output, MarkdownReportRenderer.Render(doc.PostMortem));
    }
}
