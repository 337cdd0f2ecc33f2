using System.Globalization;
using System.Text.Json.Nodes;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Reporting.Reading;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Cli;

/// <summary>
/// The post-mortem as read, for <c>pmf lint --format json</c>: the API's names for a post-mortem's parts (timeline
/// entries with a UTC <c>time</c>, <c>actionItems</c> with owner, deadline, status and tracker link), with null and a
/// "notStated" list where the document does not say, and the notes about the parts that were not used.
/// </summary>
internal static class ReadDocumentJson
{
    public static JsonObject From(PostMortemDocument document)
    {
        var pm = document.PostMortem;
        return new JsonObject
        {
            ["title"] = pm.Title,
            ["date"] = pm.Incident.DateNotStated ? null : UtcFormat.Date(DateOnly.FromDateTime(pm.Incident.StartedAt.UtcDateTime)),
            ["severity"] = pm.Incident.SeverityNotStated ? null : pm.Incident.Severity.ToString(),
            ["severityAsWritten"] = pm.Incident.SeverityAsWritten,
            ["authors"] = new JsonArray([.. pm.Authors.Select(a => (JsonNode)a)]),
            ["notStated"] = new JsonArray([.. NotStated.Of(pm).Select(fact => (JsonNode)fact)]),
            ["timeline"] = new JsonArray([.. pm.Timeline.Select(Entry)]),
            ["factors"] = new JsonArray([.. pm.Analysis.Factors.Select(f => (JsonNode)new JsonObject
            {
                ["description"] = f.Description,
                ["category"] = f.Category.ToString(),
                ["whys"] = new JsonArray([.. f.Whys.Select(w => (JsonNode)w)]),
            })]),
            ["actionItems"] = new JsonArray([.. pm.ActionItems.Select(i => (JsonNode)new JsonObject
            {
                ["id"] = i.Id.Length > 0 ? i.Id : null,
                ["action"] = i.Action,
                ["owner"] = i.Owner,
                ["deadline"] = i.Deadline is { } d ? UtcFormat.Date(d) : null,
                ["priority"] = i.Priority?.ToString(),
                ["status"] = i.Status.ToString(),
                ["trackerLink"] = i.TrackerLink,
            })]),
            ["notes"] = new JsonArray([.. document.Notes.Select(n => (JsonNode)new JsonObject { ["line"] = n.Line, ["message"] = n.Message })]),
        };
    }

    private static JsonNode Entry(TimelineEntry entry)
    {
        var row = new JsonObject();
        if (entry.ZoneNotStated || entry.DateNotStated)
        {
            // The clock as written, never passed off as UTC.
            row["time"] = null;
            row["localTime"] = entry.ClockNotStated ? null
                : entry.DateNotStated ? entry.Time.ToString("HH:mm", CultureInfo.InvariantCulture)
                : entry.Time.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
            row["localDate"] = entry.DateNotStated ? null : entry.Time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            row["zone"] = entry.ClockNotStated ? null : entry.ZoneNotStated ? MarkdownReportRenderer.NotStated : "UTC";
        }
        else
        {
            row["time"] = entry.Time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        }
        row["timeAsWritten"] = entry.TimeAsWritten;
        row["event"] = entry.Event;
        row["source"] = entry.Source;
        row["actor"] = entry.Actor;
        row["kind"] = entry.Kind.ToString();
        return row;
    }
}
