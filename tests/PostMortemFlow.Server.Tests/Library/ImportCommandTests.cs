extern alias pmf;
using System.Net.Http.Json;
using System.Text.Json;
using PostMortemFlow.Api.Library;
using PostMortemFlow.Server.Tests.Api;
using PmfApp = pmf::PostMortemFlow.Cli.PmfApp;
using PostMortemFlow.Integrations.Imports;

namespace PostMortemFlow.Server.Tests.Library;

/// <summary><c>pmf import</c> against the real server: a folder of post-mortems in, a line per file and a summary out, idempotent.</summary>
public sealed class ImportCommandTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task Import_AFolder_ImportsEachFileUnderItsPath_AndAgainChangesNothing()
    {
        var folder = Directory.CreateTempSubdirectory("pmf-import-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "2019"));
        File.Copy(ImportFiles.Foreign("bullets-date-lines-pst.md"), Path.Combine(folder, "2019", "prow.md"));
        File.Copy(ImportFiles.Foreign("confluence-export.html"), Path.Combine(folder, "confluence.html"));
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a post-mortem");

        var (code, output, errors) = Run("import", folder, "--server", factory.Server.BaseAddress.ToString());

        Assert.True(code == PmfApp.Ok, errors + output);
        Assert.Contains($"imported   2019/prow.md -> {LibraryImports.IdOf("2019/prow.md")}", output, StringComparison.Ordinal);
        Assert.Contains("imported   confluence.html", output, StringComparison.Ordinal);
        Assert.DoesNotContain("notes.txt", output, StringComparison.Ordinal);
        Assert.EndsWith("2 imported, 0 failed", output.TrimEnd(), StringComparison.Ordinal);
        var client = factory.CreateClient();
        var view = await client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{LibraryImports.IdOf("2019/prow.md")}");
        Assert.Equal("Historical", view.GetProperty("phase").GetString());

        var again = Run("import", folder, "--server", factory.Server.BaseAddress.ToString());
        Assert.Equal(PmfApp.Ok, again.Code);
        Assert.EndsWith("2 unchanged, 0 failed", again.Output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void DryRun_PrintsWhatWasReadWithTheNotes_AndAFailedFileFailsTheExitCode()
    {
        var folder = Directory.CreateTempSubdirectory("pmf-import-dry-").FullName;
        File.Copy(ImportFiles.Foreign("dotted-times-no-zone.md"), Path.Combine(folder, "nightly.md"));
        File.WriteAllBytes(Path.Combine(folder, "broken.docx"), [1, 2, 3]);

        var (code, output, _) = Run("import", folder, "--server", factory.Server.BaseAddress.ToString(), "--dry-run");

        Assert.Equal(PmfApp.ErrorsFound, code);
        Assert.Contains("read       nightly.md", output, StringComparison.Ordinal);
        Assert.Contains("3 timeline rows (0 in UTC)", output, StringComparison.Ordinal);
        Assert.Contains("Not stated", output, StringComparison.Ordinal);
        Assert.Contains("failed     broken.docx: cannot be read", output, StringComparison.Ordinal);
        Assert.EndsWith("1 read, 1 failed", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_PeopleWithoutRestricted_IsBadUsage()
    {
        var (code, _, errors) = Run("import", ImportFiles.Foreign("dotted-times-no-zone.md"), "--server", "http://localhost:1/", "--people", "ana@example.com");

        Assert.Equal(PmfApp.BadUsage, code);
        Assert.Contains("--restricted", errors, StringComparison.Ordinal);
    }

    private (int Code, string Output, string Errors) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = PmfApp.Run(args, stdout, stderr, factory.Server.CreateHandler());
        return (code, stdout.ToString(), stderr.ToString());
    }
}
