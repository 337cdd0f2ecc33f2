using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.Alertmanager;

/// <summary>Settings <c>Evidence:Alertmanager:*</c>.</summary>
public sealed class AlertmanagerCollectorOptions : CollectorOptions
{
    public const string Section = "Evidence:Alertmanager";

    /// <summary>e.g. <c>http://alertmanager:9093</c>.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Optional matchers passed as <c>filter</c>, e.g. <c>service="{service}"</c> (one query per affected service).</summary>
    public List<string> Filters { get; set; } = [];
}
