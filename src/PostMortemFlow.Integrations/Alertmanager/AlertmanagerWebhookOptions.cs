namespace PostMortemFlow.Integrations.Alertmanager;

/// <summary>Settings <c>Webhooks:Alertmanager:*</c>: what the receiver's <c>http_config</c> sends.</summary>
public sealed class AlertmanagerWebhookOptions
{
    /// <summary>Expected in <c>Authorization: Bearer …</c> (http_config.authorization.credentials).</summary>
    public string? BearerToken { get; set; }

    /// <summary>"user:password", expected in <c>Authorization: Basic …</c> (http_config.basic_auth).</summary>
    public string? BasicAuth { get; set; }

    public bool HasSecret => !string.IsNullOrEmpty(BearerToken) || !string.IsNullOrEmpty(BasicAuth);
}
