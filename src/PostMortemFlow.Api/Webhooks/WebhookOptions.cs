using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Alertmanager;
using PostMortemFlow.Integrations.AzureMonitor;
using PostMortemFlow.Integrations.PagerDuty;

namespace PostMortemFlow.Api.Webhooks;

/// <summary>Settings <c>Webhooks:*</c>: one secret per source. A source without one refuses every delivery.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Largest accepted body (1 MiB); larger deliveries get 413.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public AzureMonitorWebhookOptions AzureMonitor { get; set; } = new();

    public AlertmanagerWebhookOptions Alertmanager { get; set; } = new();

    public PagerDutyWebhookOptions PagerDuty { get; set; } = new();
}

public sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrEmpty(options.Alertmanager.BasicAuth) && !options.Alertmanager.BasicAuth.Contains(':', StringComparison.Ordinal))
        {
            failures.Add("Webhooks:Alertmanager:BasicAuth must be \"user:password\".");
        }
        var azure = options.AzureMonitor;
        if (azure.HasEntra)
        {
            if (string.IsNullOrWhiteSpace(azure.EntraIssuer))
            {
                failures.Add("Webhooks:AzureMonitor:EntraIssuer is required with Webhooks:AzureMonitor:EntraAudience.");
            }
            if (string.IsNullOrWhiteSpace(azure.EntraMetadataAddress) && azure.EntraSigningKeys is not { Length: > 0 })
            {
                failures.Add("Webhooks:AzureMonitor:EntraMetadataAddress or Webhooks:AzureMonitor:EntraSigningKeys is required with Webhooks:AzureMonitor:EntraAudience.");
            }
        }
        if (options.PagerDuty.SigningSecrets?.Any(string.IsNullOrWhiteSpace) == true)
        {
            failures.Add("Webhooks:PagerDuty:SigningSecrets must not contain blank entries.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
