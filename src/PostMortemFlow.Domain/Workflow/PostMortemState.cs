using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Checklist;
using PostMortemFlow.Domain.History;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>The whole durable state of one post-mortem workflow; only the decider makes new versions of it.</summary>
[GenerateSerializer, Alias("pmf.PostMortemState")]
public sealed record PostMortemState
{
    [Id(0)] public string Id { get; init; } = "";
    [Id(1)] public Phase Phase { get; init; } = Phase.None;
    [Id(2)] public PostMortem PostMortem { get; init; } = new();
    [Id(3)] public DateTimeOffset DeclaredAt { get; init; }
    [Id(4)] public ImmutableList<string> PendingSources { get; init; } = [];
    [Id(5)] public ImmutableList<string> CollectedSources { get; init; } = [];
    [Id(6)] public ImmutableList<OutboxEntry> Outbox { get; init; } = [];
    [Id(7)] public ImmutableList<CompletedEffect> Completed { get; init; } = [];
    [Id(8)] public ImmutableList<ScheduledTimer> Timers { get; init; } = [];
    [Id(9)] public DateTimeOffset? PublishedAt { get; init; }
    [Id(10)] public string? PublishedLocation { get; init; }
    [Id(11)] public DateTimeOffset? FollowUpScheduledFor { get; init; }
    [Id(12)] public int Escalations { get; init; }
    [Id(13)] public int WeeklyReviews { get; init; }
    /// <summary>Counts entries into review phases, so a request for changes yields fresh e-mail keys.</summary>
    [Id(14)] public int ReviewRound { get; init; }
    [Id(15)] public ImmutableList<PhaseChange> History { get; init; } = [];
    [Id(16)] public ImmutableDictionary<string, DateTimeOffset> ItemStatusChangedAt { get; init; } =
        ImmutableDictionary<string, DateTimeOffset>.Empty;
    [Id(17)] public long Version { get; init; }
    /// <summary>The first symptoms the collectors detected, with the query and the baseline threshold crossed.</summary>
    [Id(18)] public ImmutableList<SignatureQuery> Detections { get; init; } = [];
    /// <summary>The signature as it was when the report was published.</summary>
    [Id(19)] public Signature? Signature { get; init; }
    /// <summary>The latest recurrence check.</summary>
    [Id(20)] public RecurrenceCheck? Recurrence { get; init; }
    /// <summary>Counts requested recurrence checks, so each gets its own effect key.</summary>
    [Id(21)] public int RecurrenceRequests { get; init; }
    /// <summary>Set when only its people and the named people and groups may see it.</summary>
    [Id(22)] public Restriction? Restriction { get; init; }
    /// <summary>
    /// The rule severities it is judged under (<c>Lint:Rules</c>), taken from the settings until it is published; the
    /// published report keeps the ones it was approved under.
    /// </summary>
    [Id(23)] public ImmutableSortedDictionary<string, FindingSeverity> LintSeverities { get; init; } =
        ImmutableSortedDictionary<string, FindingSeverity>.Empty;

    /// <summary>The file a historical post-mortem was imported from; null for one run by the workflow.</summary>
    [Id(24)] public ImportedDocument? Imported { get; init; }

    /// <summary>The impact each source computed from the evidence, a proposal for the Impact section.</summary>
    [Id(25)] public ImmutableList<ComputedImpact> ComputedImpacts { get; init; } = [];

    /// <summary>The latest drafting suggestions asked for, and what came of them.</summary>
    [Id(26)] public DraftingRun? Drafting { get; init; }

    /// <summary>Every accepted edit of the post-mortem since <see cref="ChangesFrom"/>, oldest first, each with its diff.</summary>
    [Id(27)] public ImmutableList<RecordedChange> Changes { get; init; } = [];

    /// <summary>The oldest version the history can rebuild: the declared one, or the one older changes were compacted into.</summary>
    [Id(28)] public long ChangesFrom { get; init; }

    /// <summary>What the people directory said of the timeline actors nothing else matched, one per actor.</summary>
    [Id(29)] public ImmutableList<DirectoryMatch> PeopleFound { get; init; } = [];

    public bool IsTerminal => Phase is Phase.Closed or Phase.Cancelled;

    /// <summary>Imported from a document written before: read-only, in the library and the insights, with no workflow of its own.</summary>
    public bool IsHistorical => Phase == Phase.Historical;

    /// <summary>What the validation checklist needs to know of the workflow.</summary>
    public WorkflowFacts Facts() => new()
    {
        PublishedAt = PublishedAt,
        ActionItemsTracked = PublishedAt is null ? null : PostMortem.ActionItems.Count(i => i.TrackerLink is not null),
        FollowUpScheduledFor = FollowUpScheduledFor,
    };

    /// <summary>The signature kept at publication, or the one the timeline and detections give now.</summary>
    public Signature CurrentSignature() => Signature ?? SignatureDerivation.Derive(PostMortem.Timeline, Detections);

    /// <summary>How its report is linted: the method's rules at the severities it is judged under.</summary>
    public LintOptions LintOptions() => Rules.LintOptions.Default with { Severities = LintSeverities };

    /// <summary>The moment the 24 h / 48 h publishing clock counts from.</summary>
    public DateTimeOffset PublishClockStart => PostMortem.Incident.EndedAt ?? DeclaredAt;
}
