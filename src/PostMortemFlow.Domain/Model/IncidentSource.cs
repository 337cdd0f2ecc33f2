namespace PostMortemFlow.Domain.Model;

public enum IncidentSource
{
    Manual = 0,
    AzureMonitor = 1,
    Alertmanager = 2,
    PagerDuty = 3,
}
