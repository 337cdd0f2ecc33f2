using PostMortemFlow.Domain.Rules.Language;

namespace PostMortemFlow.Domain.Rules;

/// <summary>
/// Turns a finding's suggestion into a one-click rewrite of the field it sits on: the example the suggestion gives
/// ("… e.g. '&lt;rewrite&gt;'") replaces the sentence holding the offending words, or the whole action for a vague action item.
/// </summary>
public static class FindingRewrite
{
    private const string ExampleStart = "e.g. '";

    /// <summary>The example rewrite the suggestion offers, or null when it offers advice only.</summary>
    public static string? ExampleOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var suggestion = finding.Suggestion;
        var start = suggestion?.IndexOf(ExampleStart, StringComparison.Ordinal) ?? -1;
        if (suggestion is null || start < 0)
        {
            return null;
        }
        start += ExampleStart.Length;
        var end = suggestion.LastIndexOf('\'');
        return end > start ? suggestion[start..end].Trim() : null;
    }

    /// <summary>The field's text with the rewrite applied, or null when the finding offers none or no longer matches.</summary>
    public static string? Apply(string text, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ExampleOf(finding) is not { Length: > 0 } example)
        {
            return null;
        }
        if (finding.Rule == RuleIds.VagueActionItem)
        {
            return example;
        }
        if (string.IsNullOrWhiteSpace(finding.Excerpt))
        {
            return null;
        }
        var sentence = SentenceSplitter.Split(text)
            .FirstOrDefault(s => s.Text.Contains(finding.Excerpt, StringComparison.OrdinalIgnoreCase));
        if (sentence is null)
        {
            return null;
        }
        var at = text.IndexOf(sentence.Text, sentence.Start, StringComparison.Ordinal);
        return at < 0 ? null : string.Concat(text.AsSpan(0, at), example, text.AsSpan(at + sentence.Text.Length));
    }
}
