using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.AzureMonitor;

/// <summary>
/// Settings <c>Evidence:LogAnalytics:Impact:&lt;service&gt;:*</c>: KQL the impact is computed from. <c>FailedRequests</c> and
/// <c>TotalRequests</c> count requests per bin, e.g.
/// <c>AppRequests | where TimeGenerated between (datetime({start}) .. datetime({end})) | where AppRoleName == '{service}' and Success == false | summarize count() by bin(TimeGenerated, {bin})</c>;
/// placeholders <c>{service}</c>, <c>{start}</c>, <c>{end}</c> (first symptom → recovery) and <c>{bin}</c>.
/// </summary>
public sealed class LogAnalyticsImpactOptions : ImpactQueryOptions
{
    /// <summary>Optional: one number, the distinct users who met a failure, e.g. <c>… | summarize dcount(UserId)</c>.</summary>
    public string AffectedUsers { get; set; } = "";

    /// <summary>The bin the counts are summarised by, written into <c>{bin}</c> as a KQL timespan.</summary>
    public TimeSpan Bin { get; set; } = TimeSpan.FromMinutes(1);

    public override IEnumerable<string> Problems(string at) =>
        Bin <= TimeSpan.Zero ? base.Problems(at).Append($"{at}:Bin must be positive.") : base.Problems(at);
}
