using System.Globalization;
using System.Text;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Insights;

/// <summary>
/// The insights as one CSV in long form, <c>table,key,measure,value</c>, so a spreadsheet can pivot any view: durations
/// in minutes, shares as fractions. A cell starting with = + - @ is prefixed with ' so no spreadsheet runs it.
/// </summary>
public static class InsightsCsv
{
    public const string Header = "table,key,measure,value";

    public static string Render(InsightsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        csv.Append(Header).Append("\r\n");
        Row(csv, "total", "all", "post_mortems", report.PostMortems);
        Row(csv, "total", "all", "near_misses", report.NearMisses);
        foreach (var (table, trends) in new[] { ("month", report.ByMonth), ("service", report.ByService), ("severity", report.BySeverity) })
        {
            foreach (var t in trends)
            {
                Row(csv, table, t.Key, "post_mortems", t.PostMortems);
                Row(csv, table, t.Key, "near_misses", t.NearMisses);
                Minutes(csv, table, t.Key, "time_to_detect_minutes", t.TimeToDetect);
                Minutes(csv, table, t.Key, "time_to_acknowledge_minutes", t.TimeToAcknowledge);
                Minutes(csv, table, t.Key, "time_to_mitigate_minutes", t.TimeToMitigate);
                Minutes(csv, table, t.Key, "time_to_resolve_minutes", t.TimeToResolve);
                Minutes(csv, table, t.Key, "time_to_publish_minutes", t.TimeToPublish);
            }
        }
        foreach (var w in report.ActionItemsByWeek)
        {
            var week = w.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Row(csv, "action_items_week", week, "opened", w.Opened);
            Row(csv, "action_items_week", week, "closed", w.Closed);
            Row(csv, "action_items_week", week, "open_at_end", w.OpenAtEnd);
        }
        var p = report.PublishedWithin48Hours;
        Row(csv, "published_within_48h", "all", "known", p.Known);
        Row(csv, "published_within_48h", "all", "on_time", p.OnTime);
        Row(csv, "published_within_48h", "all", "share", p.Share?.ToString("0.####", CultureInfo.InvariantCulture) ?? "");
        Row(csv, "published_within_48h", "near_misses", "known", p.NearMissesKnown);
        Row(csv, "published_within_48h", "near_misses", "on_time", p.NearMissesOnTime);
        foreach (var f in report.RecurringFactors)
        {
            var key = $"{Words.Of(f.Category)}: {f.Description}";
            Row(csv, "recurring_factor", key, "post_mortems", f.PostMortems);
            Row(csv, "recurring_factor", key, "near_misses", f.NearMisses);
            Row(csv, "recurring_factor", key, "open_action_items", f.OpenActionItems);
            Row(csv, "recurring_factor", key, "found_in", string.Join(' ', f.Occurrences.Select(o => o.PostMortemId).Distinct(StringComparer.Ordinal)));
        }
        return csv.ToString();
    }

    private static void Minutes(StringBuilder csv, string table, string key, string measure, TimeSpan? value) =>
        Row(csv, table, key, measure, value?.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture) ?? "");

    private static void Row(StringBuilder csv, string table, string key, string measure, int value) =>
        Row(csv, table, key, measure, value.ToString(CultureInfo.InvariantCulture));

    private static void Row(StringBuilder csv, string table, string key, string measure, string value) =>
        csv.Append(Cell(table)).Append(',').Append(Cell(key)).Append(',').Append(Cell(measure)).Append(',').Append(Cell(value)).Append("\r\n");

    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
