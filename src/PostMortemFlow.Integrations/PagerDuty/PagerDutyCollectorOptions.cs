using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.PagerDuty;

/// <summary>Settings <c>Evidence:PagerDuty:*</c> (REST API v2).</summary>
public sealed class PagerDutyCollectorOptions : CollectorOptions
{
    public const string Section = "Evidence:PagerDuty";

    public Uri BaseUrl { get; set; } = new("https://api.pagerduty.com/");

    /// <summary>A REST API key (sent as <c>Token token=…</c>); keep it in local.settings.json or a secret store.</summary>
    public string Token { get; set; } = "";

    /// <summary>
    /// PagerDuty service ids per affected service. Used when the incident did not come from PagerDuty: the account's
    /// log entries of the window are read and kept for these services only.
    /// </summary>
    public Dictionary<string, string> ServiceIds { get; set; } = [];

    /// <summary>Page size (PagerDuty allows at most 100).</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Most pages read per collection (offset + limit may not pass 10,000).</summary>
    public int MaxPages { get; set; } = 50;
}
