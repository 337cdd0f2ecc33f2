namespace PostMortemFlow.Integrations.Artifacts;

/// <summary>Names one stored artifact: <c>postmortems/{id}/evidence/{source}/{name}</c>.</summary>
public sealed record ArtifactKey
{
    public const string ManifestName = "manifest.json";

    public ArtifactKey(string postMortemId, string source, string name)
    {
        PostMortemId = Segment(postMortemId, nameof(postMortemId));
        Source = Segment(source, nameof(source));
        Name = Segment(name, nameof(name));
    }

    public string PostMortemId { get; }
    public string Source { get; }
    public string Name { get; }

    public string Path => $"{Prefix(PostMortemId, Source)}{Name}";

    public static string Prefix(string postMortemId, string source) => $"postmortems/{postMortemId}/evidence/{source}/";

    public static ArtifactKey Manifest(string postMortemId, string source) => new(postMortemId, source, ManifestName);

    private static string Segment(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value) || value is "." or ".." || value.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            throw new ArgumentException($"'{value}' is not a safe artifact path segment (letters, digits, '-', '_', '.').", name);
        }
        return value;
    }
}
