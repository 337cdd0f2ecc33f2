namespace PostMortemFlow.Integrations.Artifacts;

/// <summary>Settings <c>Evidence:Blob:*</c>: a connection string, or an account URL used with <c>DefaultAzureCredential</c>.</summary>
public sealed class BlobArtifactStoreOptions
{
    public const string Section = "Evidence:Blob";

    /// <summary>A storage connection string (Azurite's development string locally). Wins over <see cref="AccountUrl"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>e.g. <c>https://{account}.blob.core.windows.net</c>; authenticated with <c>DefaultAzureCredential</c>.</summary>
    public Uri? AccountUrl { get; set; }

    /// <summary>The container that holds <c>postmortems/…</c>.</summary>
    public string Container { get; set; } = "evidence";

    /// <summary>Block size of streamed uploads; memory per upload is about this times <see cref="MaxConcurrency"/>.</summary>
    public int BlockBytes { get; set; } = 4 << 20;

    public int MaxConcurrency { get; set; } = 2;
}
