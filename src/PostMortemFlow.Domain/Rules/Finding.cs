namespace PostMortemFlow.Domain.Rules;

/// <param name="Rule">One of <see cref="RuleIds"/>.</param>
/// <param name="Field">Where in the post-mortem, as a path: "summary", "timeline[2].event", "actionItems[AI-003].action".</param>
/// <param name="Line">The line in the Markdown file, when the post-mortem was read from one.</param>
/// <param name="Excerpt">The offending words, so a UI can highlight them in place.</param>
[GenerateSerializer, Alias("pmf.Finding")]
public sealed record Finding(
    string Rule,
    FindingSeverity Severity,
    string Message,
    string? Suggestion = null,
    string? Field = null,
    int? Line = null,
    string? Excerpt = null);
