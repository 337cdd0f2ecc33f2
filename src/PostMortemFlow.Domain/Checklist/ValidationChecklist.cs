using System.Globalization;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Rules.Language;

namespace PostMortemFlow.Domain.Checklist;

/// <summary>
/// The method's 7-point validation checklist. Points 1–4 follow the rules' findings (so they agree with the
/// lint output); points 5–7 need workflow facts and stay pending until those are known.
/// </summary>
public static class ValidationChecklist
{
    /// <summary>Point 5: how soon after the incident the report must reach the stakeholders.</summary>
    public static TimeSpan DefaultPublishWithin { get; } = TimeSpan.FromHours(48);

    /// <summary>
    /// Point 7 asks for a review four weeks later; three weeks is the earliest accepted, leaving room for
    /// calendars while still giving the action items time to land.
    /// </summary>
    public static TimeSpan MinimumFollowUpDelay { get; } = TimeSpan.FromDays(21);

    public static IReadOnlyList<ChecklistItem> Evaluate(
        PostMortem postMortem, IReadOnlyList<Finding> findings, WorkflowFacts facts, TimeSpan? publishWithin = null,
        IReadOnlyDictionary<string, FindingSeverity>? relaxed = null) =>
        NamingRelaxed(
        [
            Timeline(postMortem, findings),
            Factors(postMortem, findings),
            ActionItemsComplete(postMortem, findings),
            Blameless(findings),
            Published(postMortem, facts, publishWithin ?? DefaultPublishWithin),
            Tracked(postMortem, facts),
            FollowUp(postMortem, facts),
        ], relaxed);

    /// <summary>The checklist point a rule's findings count towards; 0 for none.</summary>
    public static int PointOf(string rule) => rule switch
    {
        RuleIds.TimelineOrder or RuleIds.TimelineTimezone or RuleIds.TimelineGap or RuleIds.TimelineMissingMoment => 1,
        RuleIds.SingleFactor or RuleIds.ShallowAnalysis or RuleIds.NoSystemicIssue => 2,
        RuleIds.IncompleteActionItem or RuleIds.VagueActionItem => 3,
        RuleIds.BlamelessLanguage or RuleIds.HindsightLanguage => 4,
        _ => 0,
    };

    // A point judged under a relaxed rule says so, so that nobody reads a pass as the method's own.
    private static List<ChecklistItem> NamingRelaxed(List<ChecklistItem> items, IReadOnlyDictionary<string, FindingSeverity>? relaxed)
    {
        if (relaxed is null || relaxed.Count == 0)
        {
            return items;
        }
        return [.. items.Select(item =>
        {
            var rules = relaxed.Where(r => PointOf(r.Key) == item.Number)
                .Select(r => $"{r.Key} set to {r.Value.ToString().ToLowerInvariant()}")
                .ToList();
            return rules.Count == 0
                ? item
                : item with { Reason = $"{item.Reason} Relaxed by configuration: {string.Join(", ", rules)}.".Trim() };
        })];
    }

    // Gaps are warnings: a sparse stretch is worth filling but does not make the timeline incomplete.
    private static ChecklistItem Timeline(PostMortem postMortem, IReadOnlyList<Finding> findings)
    {
        const string title = "The timeline is complete and chronologically correct";
        var timeline = postMortem.Timeline;
        if (timeline.Count == 0)
        {
            return new(1, title, ChecklistStatus.Fail, "The timeline is empty.");
        }

        var problems = new List<string>();
        var misordered = Count(findings, RuleIds.TimelineOrder);
        if (misordered > 0)
        {
            problems.Add(RuleText.Plural(misordered, "row is", "rows are") + " out of chronological order");
        }
        var notUtc = Count(findings, RuleIds.TimelineTimezone);
        if (notUtc > 0)
        {
            problems.Add(RuleText.Plural(notUtc, "row is", "rows are") + " not in UTC");
        }
        if (Count(findings, RuleIds.TimelineMissingMoment) > 0)
        {
            var missing = TimelineMissingMomentRule.MissingMoments(postMortem).Select(m => m.Name).ToList();
            problems.Add(missing.Count > 0
                ? $"the {string.Join(", ", missing)} {(missing.Count == 1 ? "row is" : "rows are")} missing"
                : "a key moment is missing");
        }
        if (problems.Count > 0)
        {
            return new(1, title, ChecklistStatus.Fail, Sentence(problems));
        }

        var moments = postMortem.Incident.IsNearMiss ? "detection" : "detection, mitigation and resolution";
        var reason = $"{RuleText.Plural(timeline.Count, "row", "rows")} in order and in UTC, with {moments}.";
        var gaps = Count(findings, RuleIds.TimelineGap);
        if (gaps > 0)
        {
            reason += $" {RuleText.Plural(gaps, "gap warning", "gap warnings")} to look at.";
        }
        return new(1, title, ChecklistStatus.Pass, reason);
    }

    private static ChecklistItem Factors(PostMortem postMortem, IReadOnlyList<Finding> findings)
    {
        const string title = "Several contributing factors are identified";
        var finding = findings.FirstOrDefault(f => f.Rule == RuleIds.SingleFactor);
        return finding is not null
            ? new(2, title, ChecklistStatus.Fail, finding.Message)
            : new(2, title, ChecklistStatus.Pass,
                $"{RuleText.Plural(SingleFactorRule.CountFactors(postMortem.Analysis), "contributing factor", "contributing factors")} identified.");
    }

    private static ChecklistItem ActionItemsComplete(PostMortem postMortem, IReadOnlyList<Finding> findings)
    {
        const string title = "Every action item has an owner, a deadline and a priority";
        var items = postMortem.ActionItems;
        if (items.Count == 0)
        {
            return new(3, title, ChecklistStatus.Fail, "There are no action items.");
        }
        var ruleFindings = findings.Where(f => f.Rule == RuleIds.IncompleteActionItem).ToList();
        if (ruleFindings.Count == 0)
        {
            return new(3, title, ChecklistStatus.Pass,
                $"All {RuleText.Plural(items.Count, "action item has", "action items have")} an owner, a deadline and a priority.");
        }

        var problems = new List<string>();
        var explained = new HashSet<string>(StringComparer.Ordinal);
        void Missing(string what, string suffix, Func<ActionItem, bool> isMissing)
        {
            var missing = items.Select((item, i) => (item, i)).Where(x => isMissing(x.item)).ToList();
            if (missing.Count == 0)
            {
                return;
            }
            var verb = missing.Count == 1 ? "has" : "have";
            problems.Add($"{missing.Count} of {items.Count} action items {verb} no {what}: " +
                         string.Join(", ", missing.Select(x => Label(x.item, x.i))));
            explained.UnionWith(missing.Select(x => IncompleteActionItemRule.PathOf(x.item, x.i) + suffix));
        }
        Missing("owner", ".owner", item => !IncompleteActionItemRule.HasOwner(item));
        Missing("deadline", ".deadline", item => item.Deadline is null);
        Missing("priority", ".priority", item => item.Priority is null);
        problems.AddRange(ruleFindings
            .Where(f => f.Field is null || !explained.Contains(f.Field))
            .Select(f => f.Message.TrimEnd('.')));
        return new(3, title, ChecklistStatus.Fail, Sentence(problems));
    }

    private static ChecklistItem Blameless(IReadOnlyList<Finding> findings)
    {
        const string title = "The report uses blameless language";
        // The accounts of the people involved are not part of the report; their findings are for the reviewers.
        var blaming = findings.Where(f => f.Rule == RuleIds.BlamelessLanguage
            && f.Field?.StartsWith(PostMortemProse.AccountsPrefix, StringComparison.Ordinal) != true).ToList();
        if (blaming.Count == 0)
        {
            return new(4, title, ChecklistStatus.Pass, "No blaming language found.");
        }
        var example = blaming[0].Excerpt is { Length: > 0 } excerpt ? $"\"{excerpt}\"" : blaming[0].Message.TrimEnd('.');
        return new(4, title, ChecklistStatus.Fail,
            $"{RuleText.Plural(blaming.Count, "blaming phrase", "blaming phrases")} found, e.g. {example}.");
    }

    private static ChecklistItem Published(PostMortem postMortem, WorkflowFacts facts, TimeSpan within)
    {
        var hours = within.TotalHours.ToString("0.##", CultureInfo.InvariantCulture);
        var title = $"The report reached all stakeholders within {hours} hours";
        var (reference, since) = IncidentReference(postMortem);
        var due = reference + within;
        if (facts.PublishedAt is not { } published)
        {
            return new(5, title, ChecklistStatus.Pending, $"Not published yet; due by {RuleText.Utc(due)}.");
        }
        var elapsed = published - reference;
        var when = elapsed > TimeSpan.Zero
            ? $"Published {RuleText.Utc(published)}, {RuleText.Duration(elapsed)} after {since}"
            : $"Published {RuleText.Utc(published)}";
        return published <= due
            ? new(5, title, ChecklistStatus.Pass, when + ".")
            : new(5, title, ChecklistStatus.Fail, $"{when}, later than the {hours} hours expected.");
    }

    // A ticket link on an item is proof it is tracked, whether or not the workflow has reported a count yet.
    private static ChecklistItem Tracked(PostMortem postMortem, WorkflowFacts facts)
    {
        const string title = "Every action item is tracked in the ticket system";
        var items = postMortem.ActionItems;
        if (items.Count == 0)
        {
            return new(6, title, ChecklistStatus.Pass, "There are no action items to track.");
        }
        var unlinked = items.Select((item, i) => (item, i))
            .Where(x => string.IsNullOrWhiteSpace(x.item.TrackerLink))
            .Select(x => Label(x.item, x.i))
            .ToList();
        var tracked = Math.Max(facts.ActionItemsTracked ?? 0, items.Count - unlinked.Count);
        if (tracked >= items.Count)
        {
            return new(6, title, ChecklistStatus.Pass,
                $"All {RuleText.Plural(items.Count, "action item is", "action items are")} tracked.");
        }
        if (facts.ActionItemsTracked is null)
        {
            return new(6, title, ChecklistStatus.Pending,
                $"Tickets not created yet; {items.Count - unlinked.Count} of {items.Count} action items have a ticket link.");
        }
        return new(6, title, ChecklistStatus.Fail,
            $"Only {tracked} of {items.Count} action items are tracked; without a ticket link: {string.Join(", ", unlinked)}.");
    }

    private static ChecklistItem FollowUp(PostMortem postMortem, WorkflowFacts facts)
    {
        const string title = "A follow-up review is scheduled four weeks later";
        if (facts.FollowUpScheduledFor is not { } scheduled)
        {
            return new(7, title, ChecklistStatus.Pending, "No follow-up review is scheduled yet.");
        }
        var (anchor, since) = facts.PublishedAt is { } published ? (published, "publishing") : IncidentReference(postMortem);
        var days = (int)Math.Floor((scheduled - anchor).TotalDays);
        var when = $"Follow-up review on {RuleText.Utc(scheduled)}, {RuleText.Plural(days, "day", "days")} after {since}";
        return scheduled - anchor >= MinimumFollowUpDelay
            ? new(7, title, ChecklistStatus.Pass, when + ".")
            : new(7, title, ChecklistStatus.Fail,
                $"{when}: too early to see the action items land; schedule it about four weeks after publishing.");
    }

    private static (DateTimeOffset Time, string Name) IncidentReference(PostMortem postMortem) =>
        postMortem.Incident.EndedAt is { } ended
            ? (ended, "the incident ended")
            : (postMortem.Incident.StartedAt, "the incident started");

    private static int Count(IReadOnlyList<Finding> findings, string rule) => findings.Count(f => f.Rule == rule);

    private static string Label(ActionItem item, int index) =>
        string.IsNullOrWhiteSpace(item.Id) ? $"item {index + 1}" : item.Id;

    private static string Sentence(IEnumerable<string> parts)
    {
        var text = string.Join("; ", parts);
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }
}
