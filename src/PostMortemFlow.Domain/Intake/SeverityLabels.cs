using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Intake;

/// <summary>Maps each source's way of writing severity onto Sev0–Sev4.</summary>
public static class SeverityLabels
{
    /// <summary>Sev0–Sev4, PagerDuty P1–P5 (P1 → Sev1) and the usual alert label values; null when unknown.</summary>
    public static Severity? ToSeverity(string? label) => label?.Trim().ToLowerInvariant() switch
    {
        "sev0" or "p0" or "page" => Severity.Sev0,
        "sev1" or "p1" or "critical" => Severity.Sev1,
        "sev2" or "p2" or "high" or "error" => Severity.Sev2,
        "sev3" or "p3" or "warning" or "medium" => Severity.Sev3,
        "sev4" or "p4" or "p5" or "info" or "low" => Severity.Sev4,
        _ => null,
    };
}
