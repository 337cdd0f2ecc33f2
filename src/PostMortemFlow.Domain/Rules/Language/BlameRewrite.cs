using System.Text.RegularExpressions;

namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>Turns a blaming sentence into a system-focused suggestion, reusing the sentence's own words.</summary>
internal static partial class BlameRewrite
{
    public static string Message(BlameMatch match) => match.Kind switch
    {
        BlameKind.Judgement =>
            $"\"{match.Excerpt}\" judges a person; a blameless post-mortem describes conditions, not character.",
        BlameKind.Counterfactual =>
            $"\"{match.Excerpt}\" puts the outcome on what a person should have done.",
        _ => $"\"{match.Excerpt}\" makes a person the cause of the failure (who, instead of what and why).",
    };

    public static string Suggestion(BlameMatch match)
    {
        var process = ProcessIn(match.Sentence.Text);
        // "wiped the data by mistake": the rewrite keeps the act and leaves the judgement out.
        var rest = Accident().Replace(match.Rest, "").Trim();
        var verb = Accident().Replace(match.Verb, "").Trim().ToLowerInvariant();
        var accidental = verb.Length != match.Verb.Trim().Length;
        var omitted = OmittedStep().Match(verb);

        if (match.Kind == BlameKind.Judgement)
        {
            return $"Remove \"{match.Verb}\" and describe what made the action possible and what would have caught it: "
                + $"e.g. 'Nothing in {process} checked the change before it reached production.'";
        }
        if (match.Kind == BlameKind.PassiveAgent)
        {
            var subject = match.Sentence.Text[..match.Start].Trim();
            var clause = subject.Length > 0 ? $"{Capitalise(subject)} {match.Verb}" : Capitalise(match.Verb);
            // "caused by @alice pushing an untested config" reads well without the person: "caused by pushing …".
            var agent = Gerund().IsMatch(rest) ? rest : $"<the change or step>{Tail(rest)}";
            return $"Name the change or step instead of the person: e.g. '{clause} by {agent}', "
                + "then ask what let that change through.";
        }
        if (match.Kind == BlameKind.Counterfactual)
        {
            return $"Ask what the system lacked instead: e.g. 'Nothing in {process} surfaced this step at the moment "
                + "it was needed.'";
        }
        if (omitted.Success)
        {
            var step = Join(omitted.Groups["step"].Value, rest);
            if (step.Contains(process["the ".Length..], StringComparison.OrdinalIgnoreCase))
            {
                process = "the process";
            }
            return $"Describe what allowed it: e.g. '{Capitalise(process)} did not {step}, and nothing checked "
                + "that it had.'";
        }
        var what = Preposition().Replace(rest, "");
        if (verb.StartsWith("skip", StringComparison.Ordinal))
        {
            return $"Describe what made skipping possible: e.g. '{Capitalise(Or(what, "The step"))} was skipped, and "
                + $"nothing in {process} required it.'";
        }
        if (verb.StartsWith("should", StringComparison.Ordinal))
        {
            return $"Ask what would have made it visible: e.g. '{Capitalise(process)} did not surface {Or(what, "it")}.'";
        }
        if (Unnoticed().IsMatch(verb))
        {
            return $"Describe why it went unnoticed: e.g. '{Capitalise(Or(what, "The signal"))} went unnoticed: "
                + "<it was one of many alerts / nothing escalated it>.'";
        }
        if (Damage().IsMatch(verb))
        {
            // "broke the build by merging without review": the change is the subject now, how it was made is the question.
            rest = ByGerund().Replace(rest, "");
            return $"Name the change, not the person: e.g. 'The <change> {verb}{Tail(Or(rest, accidental ? "" : "the service"))}', then ask "
                + $"why {process} let it through.";
        }
        return $"Describe the step and what allowed it to go wrong: e.g. 'Nothing in {process} checked "
            + $"{Or(what, "the change")} before it reached production.'";
    }

    /// <summary>The process a rewrite should make the subject, guessed from the sentence's topic.</summary>
    private static string ProcessIn(string sentence)
    {
        var topic = Topic().Match(sentence);
        return !topic.Success ? "the process"
            : topic.Groups["deploy"].Success ? "the deploy pipeline"
            : topic.Groups["paging"].Success ? "the paging setup"
            : topic.Groups["runbook"].Success ? "the runbook"
            : topic.Groups["review"].Success ? "the review process"
            : topic.Groups["cert"].Success ? "the renewal automation"
            : topic.Groups["config"].Success ? "the config pipeline"
            : "the database change process";
    }

    private static string Join(string a, string b) => string.Join(' ', new[] { a, b }.Where(s => s.Length > 0));

    private static string Or(string text, string fallback) => text.Length > 0 ? text : fallback;

    private static string Tail(string rest) => rest.Length > 0 ? $" {rest}" : "";

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    [GeneratedRegex("(?:forg[oe]t|neglected|failed|fails|fail)\\s+to\\s+(?<step>\\w+)|(?:did\\s+not|didn['’]t)\\s+(?:bother\\s+to\\s+)?(?<step>\\w+(?:\\s+(?:up|back|at))?)")]
    private static partial Regex OmittedStep();

    [GeneratedRegex("^(?:on|with|about|during|in|at)\\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Preposition();

    [GeneratedRegex("\\s*\\b(?:by\\s+(?:mistake|accident)|accidentally|mistakenly|inadvertently|unintentionally|wrongly)\\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Accident();

    [GeneratedRegex("\\s*\\bby\\s+\\w+ing\\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByGerund();

    [GeneratedRegex("^\\w+ing\\b")]
    private static partial Regex Gerund();

    [GeneratedRegex("^(?:miss|ignor|overlook|never)")]
    private static partial Regex Unnoticed();

    [GeneratedRegex("^(?:caus|br|took|brought|knocked|wiped|corrupted|crashed|triggered|led|resulted)")]
    private static partial Regex Damage();

    [GeneratedRegex(
        "(?<deploy>\\b(?:deploy|release|rollout|roll out|canary|migration|pipeline|build)\\w*)"
        + "|(?<paging>\\b(?:alert|page|pager|paging|on-?call|escalat)\\w*)"
        + "|(?<runbook>\\brunbooks?\\b)"
        + "|(?<review>\\b(?:review|merge|pull request|approv)\\w*|\\b(?-i:PRs?)\\b)"
        + "|(?<cert>\\b(?:certificate|cert|TLS|renew)\\w*)"
        + "|(?<config>\\b(?:config|configuration|flag|terraform|DNS|load balancer)\\w*)"
        + "|(?<db>\\b(?:database|DB|table|index|query|replica|primary)\\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Topic();
}
