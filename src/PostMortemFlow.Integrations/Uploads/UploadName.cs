namespace PostMortemFlow.Integrations.Uploads;

/// <summary>The name an upload is stored under, from the name its uploader gave, or why that name cannot be used.</summary>
public static class UploadName
{
    /// <summary>Longest name accepted as given (before unsafe characters are replaced).</summary>
    public const int MaxLength = Domain.Text.SafeName.MaxLength;

    private static readonly string[] DeviceNames = ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "LPT1", "LPT2", "LPT3"];

    /// <returns>The safe name, or null with the reason in <paramref name="problem"/>.</returns>
    public static string? Normalize(string? given, out string problem)
    {
        problem = "";
        var name = Path.GetFileName((given ?? "").Replace('\\', '/')).Trim();
        if (name.Length == 0 || name is "." or "..")
        {
            problem = "Name the uploaded file: ?name=events.ndjson";
            return null;
        }
        if (name.Length > MaxLength)
        {
            problem = $"The file name may be at most {MaxLength} characters long.";
            return null;
        }
        if (name.Any(char.IsControl))
        {
            problem = "The file name cannot contain control characters.";
            return null;
        }
        var safe = SafeName.From(name, fallback: "upload");
        if (safe == Artifacts.ArtifactKey.ManifestName || DeviceNames.Contains(Path.GetFileNameWithoutExtension(safe), StringComparer.OrdinalIgnoreCase))
        {
            problem = $"'{safe}' is a reserved name; rename the file.";
            return null;
        }
        return safe;
    }
}
