namespace PostMortemFlow.Api.Webhooks;

public enum WebhookSource
{
    AzureMonitor = 0,
    Alertmanager = 1,
    PagerDuty = 2,
}
