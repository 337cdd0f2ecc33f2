using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>The facts a post-mortem read from a document leaves open because the document does not state them.</summary>
public static class NotStated
{
    public const string Date = "date";
    public const string Severity = "severity";
    public const string Zone = "zone";

    /// <summary>Of <see cref="Date"/>, <see cref="Severity"/> and <see cref="Zone"/> (a timeline row with a clock but no zone), those not stated.</summary>
    public static IReadOnlyList<string> Of(PostMortem postMortem)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        var missing = new List<string>();
        if (postMortem.Incident.DateNotStated)
        {
            missing.Add(Date);
        }
        if (postMortem.Incident.SeverityNotStated)
        {
            missing.Add(Severity);
        }
        if (postMortem.Timeline.Any(e => e.ZoneNotStated && !e.ClockNotStated))
        {
            missing.Add(Zone);
        }
        return missing;
    }
}
