using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.Uploads;

/// <summary>Settings <c>Evidence:Uploads:*</c> (the data folder comes from <c>Storage:DataPath</c>).</summary>
public sealed class UploadsOptions : CollectorOptions
{
    public const string Section = "Evidence:Uploads";

    /// <summary>The data folder (setting <c>Storage:DataPath</c>).</summary>
    public string DataPath { get; set; } = "./data";

    /// <summary>Largest accepted upload, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 1L << 30;

    public string FolderOf(string postMortemId) =>
        Path.Combine(DataPath, "artifacts", "postmortems", postMortemId, "evidence", "uploads");
}
