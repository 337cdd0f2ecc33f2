using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.AzureMonitor;

/// <summary>Settings <c>Evidence:LogAnalytics:*</c> (Azure Monitor Logs query API).</summary>
public sealed class LogAnalyticsCollectorOptions : CollectorOptions
{
    public const string Section = "Evidence:LogAnalytics";

    public Uri Endpoint { get; set; } = new("https://api.loganalytics.io/");

    /// <summary>The workspace GUID.</summary>
    public string WorkspaceId { get; set; } = "";

    /// <summary>The token scope; a token for another audience is refused with 403.</summary>
    public string Scope { get; set; } = "https://api.loganalytics.io/.default";

    /// <summary>KQL queries per affected service; the key <c>*</c> applies to every service.</summary>
    public Dictionary<string, List<LogQueryOptions>> Services { get; set; } = [];

    /// <summary>Impact queries per affected service (<c>Impact:&lt;service&gt;:*</c>); the key <c>*</c> applies to every service.</summary>
    public Dictionary<string, LogAnalyticsImpactOptions> Impact { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
