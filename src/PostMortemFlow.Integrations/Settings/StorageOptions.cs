namespace PostMortemFlow.Integrations.Settings;

/// <summary>Settings <c>Storage:*</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Where the embedded mode keeps everything: the SQLite file, artifacts, outbox and published reports.</summary>
    public string DataPath { get; set; } = "./data";

    public string DatabasePath => Path.Combine(DataPath, "postmortemflow.db");
}
