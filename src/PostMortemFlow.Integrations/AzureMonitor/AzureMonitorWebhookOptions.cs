namespace PostMortemFlow.Integrations.AzureMonitor;

/// <summary>Settings <c>Webhooks:AzureMonitor:*</c>: a secret token in the URL, or an Entra ID bearer token (secure webhook), or both.</summary>
public sealed class AzureMonitorWebhookOptions
{
    /// <summary>The name of the query parameter that carries <see cref="Secret"/>: <c>…/azure-monitor?token=…</c>.</summary>
    public const string TokenParameter = "token";

    /// <summary>The secret the action group's webhook URL carries in <c>?token=</c>.</summary>
    public string? Secret { get; set; }

    /// <summary>The audience (Application ID URI or client id of your app registration) a secure-webhook token must carry.</summary>
    public string? EntraAudience { get; set; }

    /// <summary>The issuer the token must come from, e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c>; required with the audience.</summary>
    public string? EntraIssuer { get; set; }

    /// <summary>OpenID configuration document to fetch the signing keys from (…/v2.0/.well-known/openid-configuration).</summary>
    public string? EntraMetadataAddress { get; set; }

    /// <summary>Signing keys as PEM-encoded RSA public keys, instead of (or beside) the metadata document.</summary>
    public string[]? EntraSigningKeys { get; set; }

    /// <summary>An app role the token must carry in <c>roles</c> (e.g. ActionGroupsSecureWebhook); none when empty.</summary>
    public string? EntraRole { get; set; }

    public bool HasSecret => !string.IsNullOrEmpty(Secret);

    public bool HasEntra => !string.IsNullOrWhiteSpace(EntraAudience);
}
