namespace PostMortemFlow.Integrations.PagerDuty;

/// <summary>Settings <c>Webhooks:PagerDuty:*</c>.</summary>
public sealed class PagerDutyWebhookOptions
{
    /// <summary>The subscriptions' signing secrets; during a rotation list the old and the new one.</summary>
    public string[]? SigningSecrets { get; set; }

    public bool HasSecret => SigningSecrets?.Any(s => !string.IsNullOrEmpty(s)) == true;
}
