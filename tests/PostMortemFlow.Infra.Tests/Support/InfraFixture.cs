using System.Text.Json.Nodes;

namespace PostMortemFlow.Infra.Tests.Support;

/// <summary>
/// Lints and compiles infra/ once per test run, in a copy under the temp folder: <c>bicep lint</c>, <c>bicep build</c>
/// of main.bicep, and for each shape <c>bicep build-params</c> and <c>bicep snapshot</c> of its parameters file.
/// </summary>
public sealed class InfraFixture : IDisposable
{
    public const string SubscriptionId = "00000000-0000-0000-0000-0000000000aa";
    public const string TenantId = "00000000-0000-0000-0000-0000000000bb";
    public const string ResourceGroup = "rg-pmf-test";
    public const string Location = "westeurope";

    private readonly string workDirectory;

    public InfraFixture()
    {
        workDirectory = Path.Combine(Path.GetTempPath(), $"pmf-infra-tests-{Guid.NewGuid():N}");
        CopyDirectory(BicepCli.InfraDirectory, workDirectory);
        var noEnvironment = new Dictionary<string, string?>();

        Lint = BicepCli.Run(workDirectory, noEnvironment, "lint", "main.bicep");
        var templatePath = Path.Combine(workDirectory, "out", "main.json");
        Build = BicepCli.Run(workDirectory, noEnvironment, "build", "main.bicep", "--outfile", templatePath);
        TemplateText = File.Exists(templatePath) ? File.ReadAllText(templatePath) : "";
        Template = TemplateText.Length > 0 ? JsonNode.Parse(TemplateText)!.AsObject() : [];

        var shapes = new Dictionary<string, ShapeResult>(StringComparer.Ordinal);
        foreach (var shape in DeploymentShape.All)
        {
            var buildParams = BicepCli.Run(
                workDirectory, shape.Environment, "build-params", shape.ParametersFile, "--outdir", Path.Combine(workDirectory, "out"));
            var snapshotRun = BicepCli.Run(
                workDirectory,
                shape.Environment,
                "snapshot", shape.ParametersFile,
                "--subscription-id", SubscriptionId,
                "--tenant-id", TenantId,
                "--resource-group", ResourceGroup,
                "--location", Location,
                "--deployment-name", "pmf-tests");
            var snapshotPath = Path.Combine(workDirectory, Path.ChangeExtension(shape.ParametersFile, ".snapshot.json"));
            var snapshotText = File.Exists(snapshotPath) ? File.ReadAllText(snapshotPath) : "{}";
            shapes[shape.Name] = new ShapeResult(
                shape, buildParams, snapshotRun, new Snapshot(JsonNode.Parse(snapshotText)!.AsObject()), snapshotText);
        }
        Shapes = shapes;
    }

    public BicepRun Lint { get; }

    public BicepRun Build { get; }

    /// <summary>The compiled ARM template of main.bicep (modules inlined as nested deployments).</summary>
    public JsonObject Template { get; }

    public string TemplateText { get; }

    public IReadOnlyDictionary<string, ShapeResult> Shapes { get; }

    public Snapshot Snapshot(string shape) => Shapes[shape].Snapshot;

    public static string ResourceGroupId => $"/subscriptions/{SubscriptionId}/resourceGroups/{ResourceGroup}";

    public void Dispose() => Directory.Delete(workDirectory, recursive: true);

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.EndsWith(".snapshot.json", StringComparison.Ordinal))
            {
                continue;
            }
            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}

/// <summary>The compiled parameters and the snapshot of one shape.</summary>
public sealed record ShapeResult(DeploymentShape Shape, BicepRun BuildParams, BicepRun SnapshotRun, Snapshot Snapshot, string SnapshotText);

[CollectionDefinition(Name)]
public sealed class InfraCollection : ICollectionFixture<InfraFixture>
{
    public const string Name = "infra";
}
