namespace PostMortemFlow.Integrations.Artifacts;

/// <summary>One stored artifact as a listing shows it.</summary>
public sealed record ArtifactInfo(ArtifactKey Key, long Bytes)
{
    /// <summary>Relative to the post-mortem's evidence, e.g. <c>prometheus/api-5xx-rate.json</c>.</summary>
    public string RelativePath => Key.RelativePath;
}
