using System.Globalization;
using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Rules;

/// <summary>
/// Every action item needs an owner, a deadline and a priority (method step 4), a deadline not before the
/// incident, and a unique id of the form AI-### (exactly three digits). Placeholder owners such as "TBD" or "-"
/// count as no owner. Items that are done or dropped are checked too: the report keeps them as written.
/// </summary>
public sealed partial class IncompleteActionItemRule : IPostMortemRule
{
    private static readonly HashSet<string> PlaceholderOwners =
        new(["-", "?", "tbd", "tbc", "n/a", "na", "none", "nobody", "unassigned", "unknown"], StringComparer.OrdinalIgnoreCase);

    public string Id => RuleIds.IncompleteActionItem;

    public IEnumerable<Finding> Check(LintContext context)
    {
        var postMortem = context.PostMortem;
        var incidentDate = DateOnly.FromDateTime(postMortem.Incident.StartedAt.UtcDateTime);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < postMortem.ActionItems.Count; i++)
        {
            var item = postMortem.ActionItems[i];
            var path = PathOf(item, i);
            var name = NameOf(item, i);

            if (string.IsNullOrWhiteSpace(item.Id))
            {
                yield return Error($"Action item {i + 1} has no ID.", "Give it the next free ID, e.g. AI-007.", path);
            }
            else if (!IdPattern().IsMatch(item.Id))
            {
                yield return Error(
                    $"Action item ID \"{item.Id}\" is not of the form AI-###.",
                    "Use IDs like AI-001, AI-002, … so tickets and follow-ups can refer to them.", path);
            }
            else if (!seen.Add(item.Id))
            {
                yield return Error(
                    $"Action item ID {item.Id} is used more than once.",
                    "Give every action item its own ID.", path);
            }

            if (!HasOwner(item))
            {
                yield return Error(
                    $"{name} has no owner.",
                    "Name one person or team who will deliver it.", path + ".owner");
            }
            if (item.Deadline is null)
            {
                yield return Error(
                    $"{name} has no deadline.",
                    "Set a date by which it will be done.", path + ".deadline");
            }
            else if (item.Deadline < incidentDate && !postMortem.Incident.DateNotStated)
            {
                yield return Error(
                    $"{name} has a deadline ({Date(item.Deadline.Value)}) before the incident ({Date(incidentDate)}).",
                    "Check the date: a deadline lies after the incident.", path + ".deadline");
            }
            if (item.Priority is null)
            {
                yield return Error(
                    $"{name} has no priority.",
                    "Set High, Medium or Low.", path + ".priority");
            }
        }
    }

    internal static bool HasOwner(ActionItem item) =>
        !string.IsNullOrWhiteSpace(item.Owner) && !PlaceholderOwners.Contains(item.Owner.Trim());

    /// <summary>"actionItems[AI-003]", or "actionItems[4]" (zero-based) for an item without an id.</summary>
    internal static string PathOf(ActionItem item, int index) =>
        string.IsNullOrWhiteSpace(item.Id) ? $"actionItems[{index}]" : $"actionItems[{item.Id}]";

    internal static string NameOf(ActionItem item, int index) =>
        string.IsNullOrWhiteSpace(item.Id) ? $"Action item {index + 1}" : $"Action item {item.Id}";

    private static Finding Error(string message, string suggestion, string field) =>
        new(RuleIds.IncompleteActionItem, FindingSeverity.Error, message, suggestion, field);

    private static string Date(DateOnly date) => UtcFormat.Date(date);

    [GeneratedRegex("^AI-[0-9]{3}$")]
    private static partial Regex IdPattern();
}
