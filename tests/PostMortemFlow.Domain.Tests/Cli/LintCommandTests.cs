using System.Text.Json;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Cli;

/// <summary><c>pmf lint</c> and <c>pmf render</c> on post-mortems written outside the template, one at a time and by the folder.</summary>
public sealed class LintCommandTests : IDisposable
{
    /// <summary>Everything of substance is there; nothing of the template's house style (no AI-### ids, no priorities).</summary>
    private const string SoundForeignReport = """
        # Queue consumer stopped, 2024-09-02

        ## Timeline

        All times in UTC.

        - 08:05 consumer starts failing TLS handshakes
        - 08:12 queue depth alert fires
        - 08:40 new certificate deployed, consumer recovers

        ## Contributing factors

        - The rotation job did not restart the consumer.
        - No alert watched the expiry of client certificates.

        ## Action items

        - Restart consumers after a rotation, owner: @ana, due 2024-09-30
        - Alert 14 days before a client certificate expires, owner: @jonas, due 2024-10-15
        """;

    private readonly PmfCli _cli = new();

    public void Dispose() => _cli.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args) => PmfCli.Run(args);

    private string Write(string name, string text) => _cli.Write(name, text);

    private string Copy(string fixture)
    {
        var path = Path.Combine(_cli.Folder, fixture);
        File.Copy(ForeignExamples.PathOf(fixture), path);
        return path;
    }

    [Fact]
    public void Lint_ForeignReportWithAllSubstance_ExitsZeroAndSkipsHouseStyle()
    {
        var path = Write("sound.md", SoundForeignReport);

        var (code, output, _) = Run("lint", path);

        Assert.Equal(0, code);
        Assert.DoesNotContain("AI-###", output, StringComparison.Ordinal);
        Assert.DoesNotContain("priority", output, StringComparison.Ordinal);
        Assert.EndsWith("0 error(s), 0 warning(s)", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ForeignReportWithProfileStandard_ReportsHouseStyleButExitsZero()
    {
        var path = Write("sound.md", SoundForeignReport);

        var (code, output, _) = Run("lint", path, "--profile", "standard");

        Assert.Equal(0, code);
        Assert.Contains("has no priority", output, StringComparison.Ordinal);
        Assert.Contains("has no ID", output, StringComparison.Ordinal);
        Assert.Contains("Validation checklist:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ForeignReportWithoutOwners_ExitsOneWithSubstanceFindings()
    {
        var (code, output, _) = Run("lint", ForeignExamples.PathOf(ForeignExamples.HeadingPerTime));

        Assert.Equal(1, code);
        Assert.Contains("error incomplete-action-item: Action item 1 has no owner.", output, StringComparison.Ordinal);
        Assert.Contains("error single-factor:", output, StringComparison.Ordinal);
        Assert.Contains(": read 4 timeline row(s) (4 in UTC), 0 factor(s), 2 action item(s), ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ForeignReportAsJson_IncludesTheDocumentWithUtcTimesAndWhatIsNotStated()
    {
        var (_, output, _) = Run("lint", ForeignExamples.PathOf(ForeignExamples.BulletsWithDateLines), "--format", "json");

        using var json = JsonDocument.Parse(output);
        var document = json.RootElement.GetProperty("document");
        Assert.Equal("2022-11-03", document.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, document.GetProperty("severity").ValueKind);
        Assert.Equal(["severity"], document.GetProperty("notStated").EnumerateArray().Select(e => e.GetString()));
        var first = document.GetProperty("timeline")[0];
        Assert.Equal("2022-11-03T06:40:00Z", first.GetProperty("time").GetString());
        Assert.Equal("11:40 PM PST", first.GetProperty("timeAsWritten").GetString());
        var item = document.GetProperty("actionItems")[0];
        Assert.Equal("@mkovacs", item.GetProperty("owner").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("deadline").ValueKind);
        Assert.Contains(document.GetProperty("notes").EnumerateArray(), n => n.GetProperty("message").GetString() == "section 'Appendix: chat log' not used");
    }

    [Fact]
    public void Lint_NoZoneStated_JsonKeepsLocalTimeAndNeverCallsItUtc()
    {
        var (_, output, _) = Run("lint", ForeignExamples.PathOf(ForeignExamples.DottedTimesNoZone), "--format", "json");

        using var json = JsonDocument.Parse(output);
        var document = json.RootElement.GetProperty("document");
        var row = document.GetProperty("timeline")[0];
        Assert.Equal(JsonValueKind.Null, row.GetProperty("time").ValueKind);
        Assert.Equal("10:42", row.GetProperty("localTime").GetString());
        Assert.Equal("not stated", row.GetProperty("zone").GetString());
        Assert.Equal(JsonValueKind.Null, document.GetProperty("date").ValueKind);
        Assert.Equal(["date", "severity", "zone"], document.GetProperty("notStated").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Lint_WordDocument_ReadsItLikeAnyOther()
    {
        var (code, output, _) = Run("lint", ForeignExamples.PathOf("google-docs-export.docx"), "--format", "json");

        using var json = JsonDocument.Parse(output);
        var document = json.RootElement.GetProperty("document");
        // "All times in CET" on 2023-11-21: winter time, UTC+1.
        Assert.Equal(["2023-11-21T13:02:00Z", "2023-11-21T13:09:00Z", "2023-11-21T13:33:00Z"],
            document.GetProperty("timeline").EnumerateArray().Select(r => r.GetProperty("time").GetString()));
        Assert.Equal(2, document.GetProperty("factors").GetArrayLength());
        var first = document.GetProperty("actionItems")[0];
        Assert.Equal("@mara", first.GetProperty("owner").GetString());
        Assert.Equal("2023-12-15", first.GetProperty("deadline").GetString());
        Assert.Equal("https://example.org/db/issues/31", first.GetProperty("trackerLink").GetString());
        Assert.Equal(1, code);
    }

    [Fact]
    public void Lint_Folder_PrintsOneSummaryLinePerDocumentAndFailsOnSubstance()
    {
        Write("sound.md", SoundForeignReport);
        Copy(ForeignExamples.HeadingPerTime);
        Copy(ForeignExamples.ConfluenceExport);
        Write("notes.txt", "not a post-mortem");

        var (code, output, _) = Run("lint", _cli.Folder);

        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Count(l => l.StartsWith(_cli.Folder, StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith(Path.Combine(_cli.Folder, "sound.md") + ": ok", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(Path.Combine(_cli.Folder, ForeignExamples.HeadingPerTime) + ": FAIL", StringComparison.Ordinal)
                                    && l.Contains("read 4 timeline row(s) (4 in UTC)", StringComparison.Ordinal));
        Assert.Equal("3 file(s): 2 with errors of substance, 0 unreadable", lines[^1].Trim());
    }

    [Fact]
    public void Lint_FolderOfSoundReportsAsJson_ExitsZeroWithADocumentPerFile()
    {
        Write("a.md", SoundForeignReport);
        Write("b.markdown", SoundForeignReport);

        var (code, output, _) = Run("lint", _cli.Folder, "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.Equal(3, f.GetProperty("document").GetProperty("timeline").GetArrayLength()));
    }

    [Fact]
    public void Render_ForeignReport_SaysNotStatedInsteadOfDefaults()
    {
        var md = Path.Combine(_cli.Folder, "out.md");

        var (code, _, _) = Run("render", ForeignExamples.PathOf(ForeignExamples.DottedTimesNoZone), "--md", md);

        Assert.Equal(0, code);
        var rendered = File.ReadAllText(md);
        Assert.StartsWith("# Post-Mortem: Nightly test run failed on every branch (date not stated)", rendered, StringComparison.Ordinal);
        Assert.Contains("- **Date:** not stated", rendered, StringComparison.Ordinal);
        Assert.Contains("- **Severity:** not stated", rendered, StringComparison.Ordinal);
        Assert.Contains("| 10.42 (zone not stated) |", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("0001-01-01", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("Sev2", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ItemsInTwoActionSections_PointsEachFindingAtItsOwnLine()
    {
        var path = Write("two-sections.md", """
            # Cache outage 2024-05-01

            ## Remediation

            ### Short-term

            - Raise the cache memory limit, due 2024-05-10

            ### Long-term

            - Shard the cache by tenant, due 2024-09-01
            """);

        var (_, output, _) = Run("lint", path);

        Assert.Contains($"{path}:7: error incomplete-action-item: Action item 1 has no owner.", output, StringComparison.Ordinal);
        Assert.Contains($"{path}:11: error incomplete-action-item: Action item 2 has no owner.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_FolderWithABrokenWordFile_SaysWhichFileAndExitsTwoAfterLintingTheOthers()
    {
        Write("sound.md", SoundForeignReport);
        var broken = Write("broken.docx", "this is not a zip package");

        var (code, output, err) = Run("lint", _cli.Folder);

        Assert.Equal(2, code);
        Assert.Contains($"pmf: cannot read {broken}: Not a Word document", err, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_cli.Folder, "sound.md") + ": ok", output, StringComparison.Ordinal);
        Assert.EndsWith("2 file(s): 0 with errors of substance, 1 unreadable", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_TemplateDocumentWithProfileSubstance_LeavesTheHouseStyleOut()
    {
        var fixture = File.ReadAllText(SeedExample.FixturePath).Replace("| AI-001 |", "| 1 |", StringComparison.Ordinal);
        var path = Write("template.md", fixture);

        var (standardCode, standard, _) = Run("lint", path);
        var (substanceCode, substance, _) = Run("lint", path, "--profile", "substance");

        Assert.Contains("is not of the form AI-###", standard, StringComparison.Ordinal);
        Assert.DoesNotContain("AI-###", substance, StringComparison.Ordinal);
        Assert.Equal(0, standardCode);
        Assert.Equal(0, substanceCode);
    }
}
