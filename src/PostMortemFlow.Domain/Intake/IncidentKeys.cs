using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Intake;

/// <summary>Deterministic names: the incident key from the source's identity, the post-mortem id from the key.</summary>
public static partial class IncidentKeys
{
    public static string SourceName(IncidentSource source) => source switch
    {
        IncidentSource.AzureMonitor => AzureMonitorParser.SourceName,
        IncidentSource.Alertmanager => AlertmanagerParser.SourceName,
        IncidentSource.PagerDuty => PagerDutyParser.SourceName,
        _ => "manual",
    };

    /// <summary>"{source}:{externalId}", hashed when the id would not fit in a URL path segment (Alertmanager group keys).</summary>
    public static string For(IncidentSource source, string externalId) =>
        $"{SourceName(source)}:{(SafeId().IsMatch(externalId) ? externalId : "h" + Hex(externalId, 12))}";

    /// <summary>The same incident always gets the same post-mortem id, so a retry never declares a second one.</summary>
    public static string PostMortemId(string incidentKey, DateTimeOffset startedAt) =>
        $"pm-{startedAt.UtcDateTime:yyyyMMdd}-{Hex(incidentKey, 8)}";

    private static string Hex(string text, int bytes) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))[..bytes]);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex SafeId();
}
