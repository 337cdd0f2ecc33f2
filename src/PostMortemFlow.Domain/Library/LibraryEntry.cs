using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Domain.Library;

/// <summary>
/// What the library of post-mortems indexes of one post-mortem: the words people search (title, summary, root cause, the
/// analysis, lessons, action items), the facts they filter on, whether and when it was published, and its audience.
/// </summary>
public sealed record LibraryEntry
{
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public string RootCause { get; init; } = "";
    /// <summary>The analysis in words: immediate causes, each factor with its whys, systemic issues.</summary>
    public IReadOnlyList<string> Factors { get; init; } = [];
    public IReadOnlyList<string> LessonsLearned { get; init; } = [];
    public IReadOnlyList<string> ActionItems { get; init; } = [];
    public IReadOnlyList<string> Services { get; init; } = [];
    public Severity Severity { get; init; }
    /// <summary>An imported document states no severity: <see cref="Severity"/> is only the model's default and filters never match it.</summary>
    public bool SeverityNotStated { get; init; }
    /// <summary>The fishbone categories of its factors, each once, in the enum's order.</summary>
    public IReadOnlyList<FactorCategory> Categories { get; init; } = [];
    public DateTimeOffset StartedAt { get; init; }
    /// <summary>An imported document states no date: <see cref="StartedAt"/> means nothing.</summary>
    public bool DateNotStated { get; init; }
    public bool IsNearMiss { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public Phase Phase { get; init; }
    public Audience Audience { get; init; } = new();

    /// <summary>Published by the workflow, or imported: a historical post-mortem was published where it was written.</summary>
    public bool IsPublished => PublishedAt is not null || Phase == Phase.Historical;

    /// <summary>Whether it belongs in the library at all: a cancelled post-mortem (or one never declared) is left out.</summary>
    public bool IsListed => Phase is not (Phase.None or Phase.Cancelled);

    public static LibraryEntry From(PostMortemState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var postMortem = state.PostMortem;
        var analysis = postMortem.Analysis;
        var factors = analysis.ImmediateCauses
            .Concat(analysis.Factors.Select(f => string.Join(" ", f.Whys.Prepend(f.Description).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()))))
            .Concat(analysis.SystemicIssues);
        return new LibraryEntry
        {
            Id = state.Id,
            Title = postMortem.Title.Trim(),
            Summary = postMortem.Summary.Trim(),
            RootCause = postMortem.RootCause.Trim(),
            Factors = Texts(factors),
            LessonsLearned = Texts(postMortem.LessonsLearned),
            ActionItems = Texts(postMortem.ActionItems.Select(i => i.Action)),
            Services = Texts(postMortem.Incident.AffectedServices),
            Severity = postMortem.Incident.Severity,
            SeverityNotStated = postMortem.Incident.SeverityNotStated,
            Categories = [.. analysis.Factors.Where(f => !string.IsNullOrWhiteSpace(f.Description)).Select(f => f.Category).Distinct().Order()],
            StartedAt = postMortem.Incident.StartedAt,
            DateNotStated = postMortem.Incident.DateNotStated,
            IsNearMiss = postMortem.Incident.IsNearMiss,
            PublishedAt = state.PublishedAt,
            Phase = state.Phase,
            Audience = Audience.Of(state.PostMortem, state.Restriction),
        };
    }

    /// <summary>Whether the viewer finds it in the library, by the rule the audience decides.</summary>
    public bool ListsFor(Viewer viewer) => IsListed && Audience.ListsInLibrary(viewer, IsPublished);

    private static string[] Texts(IEnumerable<string> texts) => [.. texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())];

    /// <summary>Value equality with the lists compared item by item: the grain rewrites the index only when the entry changed.</summary>
    public bool Equals(LibraryEntry? other) =>
        other is not null
        && (Id, Title, Summary, RootCause, Severity, SeverityNotStated, StartedAt, DateNotStated, IsNearMiss, PublishedAt, Phase)
            == (other.Id, other.Title, other.Summary, other.RootCause, other.Severity, other.SeverityNotStated, other.StartedAt, other.DateNotStated, other.IsNearMiss,
                other.PublishedAt, other.Phase)
        && Factors.SequenceEqual(other.Factors, StringComparer.Ordinal)
        && LessonsLearned.SequenceEqual(other.LessonsLearned, StringComparer.Ordinal)
        && ActionItems.SequenceEqual(other.ActionItems, StringComparer.Ordinal)
        && Services.SequenceEqual(other.Services, StringComparer.Ordinal)
        && Categories.SequenceEqual(other.Categories)
        && Audience.Equals(other.Audience);

    public override int GetHashCode() => HashCode.Combine(Id, Phase, PublishedAt, Factors.Count, ActionItems.Count);
}
