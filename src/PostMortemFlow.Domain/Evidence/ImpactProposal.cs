using System.Text;
using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Evidence;

/// <summary>
/// The computed impact taken into the Impact section by a person ("use these numbers"): failed requests and affected
/// users summed over the services, and a paragraph naming the source of every number. Taking it again replaces that
/// paragraph instead of adding a second one; what the person wrote around it stays.
/// </summary>
public static partial class ImpactProposal
{
    public const string Heading = "Computed from the evidence";

    public static Impact Apply(Impact current, IEnumerable<ComputedImpact> computed)
    {
        ArgumentNullException.ThrowIfNull(current);
        var usable = computed.Where(c => c.NotComputed is null && c.FailedRequests is not null).ToList();
        if (usable.Count == 0)
        {
            return current;
        }
        var users = usable.Where(c => c.AffectedUsers is not null).ToList();
        return current with
        {
            FailedRequests = usable.Sum(c => c.FailedRequests!.Value),
            CustomersAffected = users.Count > 0 ? users.Sum(c => c.AffectedUsers!.Value) : current.CustomersAffected,
            Description = Join(WithoutParagraph(current.Description), Paragraph(usable)),
        };
    }

    /// <summary>The paragraph the report shows: one line per number, with its query, span and stored file.</summary>
    public static string Paragraph(IEnumerable<ComputedImpact> computed)
    {
        var text = new StringBuilder();
        foreach (var impact in computed)
        {
            text.Append(text.Length == 0 ? "" : "\n")
                .Append($"{Heading} for {impact.Service}, {UtcFormat.Minute(impact.From)} to {UtcFormat.Minute(impact.To)} (first symptom to recovery):");
            foreach (var figure in impact.Figures)
            {
                text.Append($"\n- {figure.Name}: {figure.Value}. {figure.Arithmetic}.");
                if (figure.Query is { Length: > 0 } query)
                {
                    text.Append($" Query `{query.Replace('`', '\'')}`");
                }
                if (figure.EvidenceRef is { Length: > 0 } file)
                {
                    text.Append($" in {impact.Source}, stored as `{file}`");
                }
                text.Append(figure.Query is { Length: > 0 } || figure.EvidenceRef is { Length: > 0 } ? "." : "");
            }
        }
        return text.ToString();
    }

    /// <summary>The description without a paragraph an earlier "use these numbers" added.</summary>
    private static string WithoutParagraph(string description)
    {
        var lines = description.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var kept = new List<string>();
        var inParagraph = false;
        foreach (var line in lines)
        {
            if (line.StartsWith(Heading, StringComparison.Ordinal))
            {
                inParagraph = true;
                continue;
            }
            if (inParagraph && line.StartsWith("- ", StringComparison.Ordinal))
            {
                continue;
            }
            inParagraph = false;
            kept.Add(line);
        }
        return BlankLines().Replace(string.Join('\n', kept), "\n\n").Trim();
    }

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();

    private static string Join(string written, string paragraph) => written.Length == 0 ? paragraph : written + "\n\n" + paragraph;
}
