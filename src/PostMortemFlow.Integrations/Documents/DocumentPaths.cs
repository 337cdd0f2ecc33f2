namespace PostMortemFlow.Integrations.Documents;

/// <summary>Where each kind of document lives; every segment is a <see cref="SafeName"/> or a hash of one.</summary>
public static class DocumentPaths
{
    public const string Any = "*";

    public static string Incident(string key) => $"incidents/{Segment(key)}.json";

    public const string Incidents = "incidents/";

    public static string View(string postMortemId) => $"views/{Segment(postMortemId)}/state.json";

    public static string CommandResult(string postMortemId, string commandId) => $"views/{Segment(postMortemId)}/results/{Segment(commandId)}.json";

    /// <summary>A command waiting for its orchestration, named so that listing gives the order they came in.</summary>
    public static string InboxEntry(string postMortemId, DateTimeOffset at, string commandId) =>
        $"{Inbox(postMortemId)}{at.UtcTicks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture)}-{Segment(commandId)}.json";

    public static string Inbox(string postMortemId) => $"inbox/{Segment(postMortemId)}/";

    public static string Summary(string postMortemId) => $"catalog/{Segment(postMortemId)}.json";

    public const string Catalog = "catalog/";

    public static string LibraryEntry(string postMortemId) => $"library/{Segment(postMortemId)}.json";

    public const string Library = "library/";

    /// <summary>An id as a path segment: itself when safe, else its SHA-256 (incident keys hold ':').</summary>
    private static string Segment(string id) => SafeName.IsSafe(id) ? id
        : "h" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)))[..40];
}
