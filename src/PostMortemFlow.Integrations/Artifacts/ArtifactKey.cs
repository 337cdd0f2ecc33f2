namespace PostMortemFlow.Integrations.Artifacts;

/// <summary>Names one stored artifact: <c>postmortems/{id}/evidence/{source}/{name}</c>.</summary>
public sealed record ArtifactKey
{
    public const string ManifestName = "manifest.json";

    public ArtifactKey(string postmortemId, string source, string name)
    {
        PostmortemId = Segment(postmortemId, nameof(postmortemId));
        Source = Segment(source, nameof(source));
        Name = Segment(name, nameof(name));
    }

    public string PostmortemId { get; }
    public string Source { get; }
    public string Name { get; }

    public string Path => $"{Prefix(PostmortemId, Source)}{Name}";

    public static string Prefix(string postmortemId, string source) => $"postmortems/{postmortemId}/evidence/{source}/";

    public static ArtifactKey Manifest(string postmortemId, string source) => new(postmortemId, source, ManifestName);

    private static string Segment(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value) || value is "." or ".." || value.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            throw new ArgumentException($"'{value}' is not a safe artifact path segment (letters, digits, '-', '_', '.').", name);
        }
        return value;
    }
}
