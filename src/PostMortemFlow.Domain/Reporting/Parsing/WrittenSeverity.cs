using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Intake;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>
/// Severity as teams write it, mapped onto Sev0–Sev4 the way the webhooks map alert labels (<see cref="SeverityLabels"/>):
/// "Sev2", "SEV-1", "Sev 1", "S1" keep their number; P0–P5 follow PagerDuty (P1 → Sev1, P4 and P5 → Sev4); words
/// such as "critical" (Sev1), "major" (Sev2) or "minor" (Sev3) map by name. A note after the label is ignored:
/// "P2 (Major internal degradation)" is P2.
/// </summary>
internal static partial class WrittenSeverity
{
    public static bool TryParse(string text, out Severity severity)
    {
        var key = ReportFormat.Key(Label(text));
        var scale = Scale().Match(key);
        Severity? mapped = !scale.Success
            ? key switch { "major" => Severity.Sev2, "minor" => Severity.Sev3, _ => SeverityLabels.ToSeverity(key) }
            : scale.Groups["scale"].Value is "p" or "priority"
                ? SeverityLabels.ToSeverity("p" + scale.Groups["n"].Value)
                : int.Parse(scale.Groups["n"].Value, ReportFormat.Invariant) is var n and <= 4 ? (Severity)n : null;
        severity = mapped ?? Severity.Sev2;
        return mapped is not null;
    }

    /// <summary>The label without the note teams add after it, in brackets or after a dash, colon or comma.</summary>
    private static string Label(string text)
    {
        var cut = Note().Match(text);
        return cut.Success ? text[..cut.Index] : text;
    }

    [GeneratedRegex(@"^(?<scale>sev|severity|s|p|priority)?(?<n>\d)$")]
    private static partial Regex Scale();

    [GeneratedRegex(@"\s*(?:[(\[:,/–—]|\s-\s)")]
    private static partial Regex Note();
}
