namespace PostMortemFlow.Integrations.Reviews;

/// <summary>Settings <c>Links:*</c> for the signed review links in e-mails.</summary>
public sealed class ReviewLinkOptions
{
    public const string Section = "Links";

    /// <summary>
    /// Base64 HMAC key, at least 32 bytes. Required in cluster mode (every node must verify every link); in the
    /// embedded mode a key is generated once and kept under <c>Storage:DataPath</c> when none is configured.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>Where people reach this server, for links in e-mails.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Where a key is generated and kept when <see cref="SigningKey"/> is not set; only a single-node host (the embedded
    /// mode) sets it. Without it the key is required.
    /// </summary>
    public string? GeneratedKeyPath { get; set; }

    /// <summary>The page of a post-mortem that e-mails and tickets link to; <c>{id}</c> is replaced.</summary>
    public string PagePath { get; set; } = "/postmortems/{id}";
}
