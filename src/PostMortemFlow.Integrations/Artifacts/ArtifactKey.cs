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

    /// <summary>Relative to the post-mortem's evidence, e.g. <c>prometheus/api-5xx-rate.json</c>.</summary>
    public string RelativePath => $"{Source}/{Name}";

    public static string Prefix(string postMortemId, string source) => $"{EvidencePrefix(postMortemId)}{source}/";

    public static string EvidencePrefix(string postMortemId) => $"postmortems/{postMortemId}/evidence/";

    public static ArtifactKey Manifest(string postMortemId, string source) => new(postMortemId, source, ManifestName);

    /// <summary>Reads <c>{source}/{name}</c> back into a key; null when it is not one.</summary>
    public static ArtifactKey? FromRelative(string postMortemId, string relative) =>
        relative.Split('/') is [var source, var name] && SafeName.IsSafe(source) && SafeName.IsSafe(name) && SafeName.IsSafe(postMortemId)
            ? new ArtifactKey(postMortemId, source, name)
            : null;

    /// <summary>
    /// The key a timeline row's or figure's evidence reference (<see cref="Path"/>) names; null when it is not one of
    /// this post-mortem's stored files.
    /// </summary>
    public static ArtifactKey? FromReference(string postMortemId, string? evidenceRef)
    {
        var prefix = EvidencePrefix(postMortemId);
        return evidenceRef is not null && evidenceRef.StartsWith(prefix, StringComparison.Ordinal) ? FromRelative(postMortemId, evidenceRef[prefix.Length..]) : null;
    }

    private static string Segment(string value, string name) =>
        SafeName.IsSafe(value) ? value
            : throw new ArgumentException($"'{value}' is not a safe artifact path segment (1–{SafeName.MaxLength} letters, digits, '-', '_', '.').", name);
}
