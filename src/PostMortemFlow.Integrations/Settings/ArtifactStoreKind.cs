namespace PostMortemFlow.Integrations.Settings;

/// <summary>Where evidence (and the Functions app's read view) is kept: setting <c>Evidence:Store</c>.</summary>
public enum ArtifactStoreKind
{
    /// <summary>A folder under <c>Storage:DataPath</c>; one node only.</summary>
    Local = 0,
    /// <summary>Azure Blob storage (<c>Evidence:Blob:*</c>); shared by every node.</summary>
    Blob = 1,
}
