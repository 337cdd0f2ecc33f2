using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Domain.Library;

/// <summary>
/// One post-mortem found. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are HTML: the post-mortem's own words encoded,
/// the matched words in <c>&lt;mark&gt;</c>; nothing else in them is markup. An imported document that states no severity or date
/// says so (<see cref="SeverityNotStated"/>, <see cref="DateNotStated"/>) rather than showing the model's defaults.
/// </summary>
public sealed record LibraryHit(
    string Id,
    string Title,
    string TitleHtml,
    string SnippetHtml,
    IReadOnlyList<string> Services,
    Severity Severity,
    IReadOnlyList<FactorCategory> Categories,
    DateTimeOffset StartedAt,
    bool IsNearMiss,
    bool IsPublished,
    DateTimeOffset? PublishedAt,
    Phase Phase,
    bool SeverityNotStated = false,
    bool DateNotStated = false)
{
    /// <summary>An imported post-mortem, written before PostMortemFlow.</summary>
    public bool IsHistorical => Phase == Phase.Historical;
}
