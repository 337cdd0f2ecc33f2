using Microsoft.Extensions.Options;

namespace PostMortemFlow.Api.Webhooks;

/// <summary>Says at start-up which sources have no secret and so refuse every delivery (naming the setting, never a value).</summary>
public sealed class WebhookSecretsCheck(IOptions<WebhookOptions> options, ILogger<WebhookSecretsCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.AzureMonitor.HasSecret && !o.AzureMonitor.HasEntra)
        {
            Warn(WebhookSource.AzureMonitor, "Webhooks:AzureMonitor:Secret or Webhooks:AzureMonitor:EntraAudience");
        }
        if (!o.Alertmanager.HasSecret)
        {
            Warn(WebhookSource.Alertmanager, "Webhooks:Alertmanager:BearerToken or Webhooks:Alertmanager:BasicAuth");
        }
        if (!o.PagerDuty.HasSecret)
        {
            Warn(WebhookSource.PagerDuty, "Webhooks:PagerDuty:SigningSecrets");
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Warn(WebhookSource source, string settings) =>
        logger.LogWarning("The {Source} webhook has no secret configured ({Settings}): it refuses every delivery with 401.", source, settings);
}
