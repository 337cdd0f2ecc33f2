namespace PostMortemFlow.Integrations.AzureMonitor;

/// <summary>
/// One KQL query of a service. Placeholders: <c>{service}</c>, <c>{start}</c> and <c>{end}</c> (ISO 8601 UTC, for
/// <c>datetime(...)</c>), e.g. <c>AppExceptions | where TimeGenerated between (datetime({start}) .. datetime({end})) | where AppRoleName == '{service}'</c>.
/// </summary>
public sealed class LogQueryOptions
{
    public string Name { get; set; } = "";
    public string Kql { get; set; } = "";
}
