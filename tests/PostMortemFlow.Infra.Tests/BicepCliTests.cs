using System.Text.RegularExpressions;
using PostMortemFlow.Infra.Tests.Support;

namespace PostMortemFlow.Infra.Tests;

[Collection(InfraCollection.Name)]
public sealed partial class BicepCliTests(InfraFixture infra)
{
    [Fact]
    public void Lint_MainTemplateAndItsModules_ReportsNothing()
    {
        AssertClean(infra.Lint);
    }

    [Fact]
    public void Build_MainTemplate_CompilesWithoutAnyDiagnostic()
    {
        AssertClean(infra.Build);
        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", (string?)infra.Template["$schema"]);
    }

    [Theory]
    [EitherShape]
    public void BuildParams_ParametersFileOfEachShape_CompilesWithoutAnyDiagnostic(string shape)
    {
        AssertClean(infra.Shapes[shape].BuildParams);
    }

    [Theory]
    [EitherShape]
    public void Snapshot_ParametersFileOfEachShape_EvaluatesWithoutAnyDiagnostic(string shape)
    {
        AssertClean(infra.Shapes[shape].SnapshotRun);
        Assert.Empty(infra.Snapshot(shape).Diagnostics);
        Assert.NotEmpty(infra.Snapshot(shape).Resources);
    }

    [Fact]
    public void Scan_ModuleReferences_AreLocalFilesOnly()
    {
        var files = Directory.EnumerateFiles(BicepCli.InfraDirectory, "*.bicep", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            foreach (Match reference in ModuleReference().Matches(File.ReadAllText(file)))
            {
                var path = reference.Groups["path"].Value;
                Assert.DoesNotContain(':', path);
                Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(file)!, path)), $"{file} refers to a missing '{path}'.");
            }
        }
    }

    private static void AssertClean(BicepRun run)
    {
        Assert.True(run.ExitCode == 0, run.Report);
        Assert.True(run.StandardError.Length == 0 && run.StandardOutput.Length == 0, run.Report);
    }

    [GeneratedRegex(@"^(?:module\s+\w+|import\s+.+?\s+from)\s+'(?<path>[^']+)'", RegexOptions.Multiline)]
    private static partial Regex ModuleReference();
}
