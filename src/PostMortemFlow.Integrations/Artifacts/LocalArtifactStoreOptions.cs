namespace PostMortemFlow.Integrations.Artifacts;

/// <summary>The embedded mode's artifact folder.</summary>
public sealed class LocalArtifactStoreOptions
{
    /// <summary>The data folder (setting <c>Storage:DataPath</c>); artifacts go to <c>{DataPath}/artifacts/</c>.</summary>
    public string DataPath { get; set; } = "./data";

    public string Root => Path.Combine(DataPath, "artifacts");
}
