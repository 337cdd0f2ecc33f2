using System.Text.RegularExpressions;

namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>
/// An action item is checkable when it names a deliverable: a concrete verb with a concrete object, or any verb
/// with a number, a code identifier or a titled artifact. Weak verbs ("improve", "look into") and abstract objects
/// ("monitoring", "processes") with none of those are vague. A weak verb joined to a concrete one ("review and
/// adjust the pool size") is judged by the concrete one: the review is how the deliverable is reached.
/// </summary>
internal static partial class ActionItemClassifier
{
    public static ActionItemVerdict Classify(string action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var text = Preamble().Replace(action.Trim(), "");
        if (text.Length == 0)
        {
            return new ActionItemVerdict(true, action, "the action is empty");
        }
        if (HasStrongSignal(text))
        {
            return ActionItemVerdict.Specific;
        }

        var joined = WeakVerbAnd().Match(text);
        if (joined.Success)
        {
            return Classify(text[joined.Length..]);
        }
        var weak = WeakStart().Match(text);
        if (weak.Success)
        {
            return new ActionItemVerdict(true, weak.Value.Trim(), $"\"{weak.Value.Trim()}\" has no finish line");
        }

        var verb = FirstWord().Match(text);
        var rest = text[(verb.Index + verb.Length)..];
        var marker = LeadingVagueMarker().Match(rest);
        if (marker.Success)
        {
            return new ActionItemVerdict(true, (verb.Value + marker.Value).Trim(),
                $"\"{marker.Groups["marker"].Value}\" leaves the object open");
        }
        var content = Words().Matches(rest).Select(m => m.Value).Where(w => !Framing().IsMatch(w)).ToList();
        if (content.Count == 0 || content.All(w => Abstract().IsMatch(w)))
        {
            var excerpt = rest.Trim().Length == 0 ? text : text.Trim();
            return new ActionItemVerdict(true, excerpt, "the object is a topic, not a deliverable");
        }
        return ActionItemVerdict.Specific;
    }

    /// <summary>A number, a code identifier, a path, a quoted or titled artifact ("runbook: X").</summary>
    private static bool HasStrongSignal(string text) => StrongSignal().IsMatch(text);

    [GeneratedRegex("^(?:" + ActionItemLexicon.Preamble + ")+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Preamble();

    [GeneratedRegex("^(?:" + ActionItemLexicon.WeakVerbs + ")\\b(?:\\s+(?:" + ActionItemLexicon.VagueMarkers + ")\\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakStart();

    [GeneratedRegex("^(?:" + ActionItemLexicon.WeakVerbs + ")\\s+and\\s+(?=\\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakVerbAnd();

    [GeneratedRegex("^[\\w-]+(?:\\s+(?:up|out|in|on|off)\\b)?")]
    private static partial Regex FirstWord();

    [GeneratedRegex("^\\s+(?:(?:a|an|the|some)\\s+)?(?<marker>" + ActionItemLexicon.VagueMarkers + ")\\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingVagueMarker();

    [GeneratedRegex("[\\w'’-]+")]
    private static partial Regex Words();

    [GeneratedRegex("^(?:" + ActionItemLexicon.FramingWords + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Framing();

    [GeneratedRegex("^(?:" + ActionItemLexicon.AbstractObjects + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Abstract();

    [GeneratedRegex(
        "\\d"                                           // 80%, 5 minutes, v1.9.4, 2025-03-31, 15:00
        + "|`[^`]+`"                                    // `orders_pool_wait_seconds`
        + "|\\b\\w+_\\w+"                               // max_connections
        + "|(?:^|\\s)/\\w|\\w/\\w|\\w/(?:\\s|$)"        // /healthz, terraform/prod, migrations/
        + "|\\b[a-z]\\w*\\.[a-z]\\w+"                   // orders.customer_id, alerts.yaml
        + "|\"[^\"]{2,}\"|“[^”]{2,}”"                   // a titled artifact
        + "|\\b(?:runbook|dashboard|alert|ticket|test|check|section|page)s?:\\s*\\S",
        RegexOptions.CultureInvariant)]
    private static partial Regex StrongSignal();
}
