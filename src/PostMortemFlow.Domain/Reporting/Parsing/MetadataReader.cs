using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Model;
using static PostMortemFlow.Domain.Reporting.Parsing.ReportFormat;

namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>The "Key: value" fields under the title: date, duration, severity, people, services, incident id.</summary>
internal static partial class MetadataReader
{
    public static PostMortem Read(ReportSource source, ReportSection head, PostMortem pm)
    {
        var incident = pm.Incident;
        (string Text, int Line)? duration = null;
        foreach (var (key, value, line) in source.Fields(head.Blocks, head.End))
        {
            switch (key)
            {
                case "date":
                    source.Map.Add("incident", line);
                    source.Map.Add("incident.startedAt", line);
                    if (TryParseDate(value, out var date))
                    {
                        source.Date = date;
                    }
                    else
                    {
                        source.Problem(line, $"Date '{value}' is not a date (yyyy-MM-dd).");
                    }
                    break;
                case "duration":
                    duration = (value, line);
                    source.Map.Add("incident.endedAt", line);
                    source.Map.Add("incident.duration", line);
                    break;
                case "severity":
                    source.Map.Add("incident.severity", line);
                    incident = ReadSeverity(source, incident, value, line);
                    break;
                case "authors" or "author":
                    source.Map.Add("authors", line);
                    pm = pm with { Authors = SplitList(value) };
                    break;
                case "reviewers" or "reviewedby":
                    source.Map.Add("reviewers", line);
                    pm = pm with { Reviewers = SplitList(value) };
                    break;
                case "reviewed" or "reviewedon":
                    source.Map.Add("reviewedOn", line);
                    if (TryParseDate(value, out var reviewed))
                    {
                        pm = pm with { ReviewedOn = reviewed };
                    }
                    else if (Key(value) is not ("" or "notyet" or "no" or "pending"))
                    {
                        source.Problem(line, $"Reviewed '{value}' is neither a date (yyyy-MM-dd) nor \"not yet\".");
                    }
                    break;
                case "services" or "affectedservices":
                    source.Map.Add("incident.affectedServices", line);
                    incident = incident with { AffectedServices = SplitList(value) };
                    break;
                case "nearmiss":
                    incident = incident with { IsNearMiss = Key(value) is "yes" or "true" };
                    break;
                case "executivesponsor" or "sponsor":
                    source.Map.Add("executiveSponsor", line);
                    pm = pm with { ExecutiveSponsor = value.Length > 0 ? value : null };
                    break;
                case "incident" or "incidentid":
                    source.Map.Add("incident.id", line);
                    var m = IncidentText().Match(value);
                    incident = m.Success && Enum.TryParse<IncidentSource>(m.Groups["source"].Value, true, out var origin)
                        ? incident with { Id = m.Groups["id"].Value, Source = origin }
                        : incident with { Id = value };
                    break;
            }
        }

        if (source.Date is null)
        {
            source.Problem(head.HeadingLine + 1, "No incident date: add \"- **Date:** yyyy-MM-dd\" or a date in the title.");
        }
        var day = source.Date ?? default;
        if (duration is not var (text, durationLine))
        {
            return pm with { Incident = incident with { StartedAt = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) } };
        }
        if (!WrittenDuration.TryParse(text, day, out var start, out var end))
        {
            source.Problem(durationLine, $"Duration '{text}' is not \"Xh Ymin (HH:mm–HH:mm UTC)\".");
        }
        incident = incident with { StartedAt = start, EndedAt = end };
        return pm with { Incident = incident with { DurationAsWritten = text == Span(incident) ? null : text } };
    }

    private static Incident ReadSeverity(ReportSource source, Incident incident, string value, int line)
    {
        if (!WrittenSeverity.TryParse(value, out var severity))
        {
            source.Problem(line, $"Severity '{value}' is not one of Sev0–Sev4, P0–P5 or critical, high, medium, low.");
            return incident;
        }
        var canonical = Severity(severity);
        if (Key(value) != Key(canonical))
        {
            source.Note(line, $"Severity '{value}' read as {canonical}.");
        }
        return incident with { Severity = severity, SeverityAsWritten = value == canonical ? null : value };
    }

    private static ImmutableList<string> SplitList(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableList();

    [GeneratedRegex(@"^(?<id>.*?)\s*\((?<source>[A-Za-z]+)\)$")]
    private static partial Regex IncidentText();
}
