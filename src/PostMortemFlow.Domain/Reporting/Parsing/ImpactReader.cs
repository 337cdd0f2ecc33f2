using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using PostMortemFlow.Domain.Model;
using static PostMortemFlow.Domain.Reporting.Parsing.ReportFormat;

namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>The Impact section: the figures as the leading "Key: value" items of its first list, then a description.</summary>
internal static partial class ImpactReader
{
    public static Impact Read(ReportSource source, ReportSection section)
    {
        source.Map.Add("impact", section.HeadingLine + 1);
        var impact = new Impact();
        var descriptionLine = section.Blocks.Count > 0 ? section.Blocks[0].Line : section.End;
        if (section.Blocks.Count > 0 && section.Blocks[0] is ListBlock list)
        {
            descriptionLine = section.EndOf(0);
            foreach (var item in list)
            {
                var (key, value, line) = source.Fields([item], item.Line + 1).FirstOrDefault();
                if (key is "failedrequests" or "requestsfailed")
                {
                    source.Map.Add("impact.failedRequests", line);
                    impact = impact with { FailedRequests = Count(source, value, line) };
                }
                else if (key is "customersaffected" or "affectedcustomers" or "usersaffected" or "affectedusers")
                {
                    source.Map.Add("impact.customersAffected", line);
                    impact = impact with { CustomersAffected = Count(source, value, line) };
                }
                else if (key is "estimatedrevenueimpact" or "revenueimpact" or "estimatedrevenueloss" or "revenueloss")
                {
                    source.Map.Add("impact.estimatedRevenueImpact", line);
                    impact = Money(source, impact, value, line);
                }
                else
                {
                    descriptionLine = item.Line;
                    break;
                }
            }
        }
        var description = string.Join('\n', source.Lines[Math.Min(descriptionLine, section.End)..section.End]).Trim();
        if (description.Length > 0)
        {
            source.Map.Add("impact.description", descriptionLine + 1);
        }
        return impact with { Description = description };
    }

    private static long? Count(ReportSource source, string value, int line)
    {
        var text = value.Trim().TrimStart('~', '≈').Trim();
        if (Key(text) is "" or "unknown" or "na" or "none")
        {
            return null;
        }
        if (long.TryParse(text, NumberStyles.AllowThousands, Invariant, out var n))
        {
            return n;
        }
        source.Problem(line, $"'{value}' is not a number.");
        return null;
    }

    private static Impact Money(ReportSource source, Impact impact, string value, int line)
    {
        var text = value.Trim().TrimStart('~', '≈').Trim();
        if (Key(text) is "" or "unknown" or "na" or "none")
        {
            return impact;
        }
        var m = MoneyText().Match(text);
        if (!m.Success || !decimal.TryParse(m.Groups["n"].Value, NumberStyles.Number, Invariant, out var amount))
        {
            source.Problem(line, $"Revenue impact '{value}' is not an amount like \"12,000 USD\".");
            return impact;
        }
        var currency = m.Groups["cur"].Success ? m.Groups["cur"].Value.ToUpperInvariant()
            : m.Groups["sym"].Value switch { "€" => "EUR", "£" => "GBP", _ => "USD" };
        return impact with { EstimatedRevenueImpact = amount, Currency = currency };
    }

    [GeneratedRegex(@"^(?<sym>[$€£])?\s*(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<cur>[A-Za-z]{3})?$")]
    private static partial Regex MoneyText();
}
