namespace PostMortemFlow.Integrations.Uploads;

public sealed class UploadsOptions
{
    /// <summary>The data folder (setting <c>Storage:DataPath</c>).</summary>
    public string DataPath { get; set; } = "./data";

    /// <summary>Largest accepted upload, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 1L << 30;

    public string FolderOf(string postmortemId) =>
        Path.Combine(DataPath, "artifacts", "postmortems", postmortemId, "evidence", "uploads");
}
