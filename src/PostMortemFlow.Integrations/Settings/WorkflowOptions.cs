using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Integrations.Settings;

/// <summary>Settings <c>Workflow:*</c>: the durations of the workflow's timers (TimeSpan; seconds are fine for demos and tests).</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflow";
    public const string AudiencesSection = "Publishing:Audiences";
    public const string LintRulesSection = "Lint:Rules";

    public TimeSpan PublishNudge { get; set; } = WorkflowSettings.Default.PublishNudge;
    public TimeSpan PublishDeadline { get; set; } = WorkflowSettings.Default.PublishDeadline;
    public TimeSpan EscalationRepeat { get; set; } = WorkflowSettings.Default.EscalationRepeat;
    public TimeSpan WeeklyReview { get; set; } = WorkflowSettings.Default.WeeklyReview;
    public TimeSpan FollowUp { get; set; } = WorkflowSettings.Default.FollowUp;
    public TimeSpan StallAfter { get; set; } = WorkflowSettings.Default.StallAfter;
    public TimeSpan RetryInitialDelay { get; set; } = WorkflowSettings.Default.RetryInitialDelay;
    public TimeSpan RetryMaxDelay { get; set; } = WorkflowSettings.Default.RetryMaxDelay;

    /// <summary>How often a due reminder re-ticks until the grain handles it; Orleans' minimum is 1 minute unless lowered.</summary>
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest time one effect (an e-mail, an upload, a collector) may take before it counts as failed.</summary>
    public TimeSpan EffectTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// <c>Publishing:Audiences:&lt;service&gt;</c>: the addresses (typically distribution lists) that receive the published
    /// report of an incident that affected the service, besides its authors, reviewers and sponsor.
    /// </summary>
    public Dictionary<string, List<string>> Audiences { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// <c>Lint:Rules:&lt;rule id&gt;:Severity</c> (<c>Error</c> or <c>Warning</c>): a rule's findings at another severity, e.g.
    /// <c>Lint:Rules:hindsight-language:Severity=Error</c>, or a team relaxing <c>blameless-language</c> to a warning.
    /// </summary>
    public Dictionary<string, string> LintSeverities { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The questions and suggestions settings (<c>Drafting:*</c>), bound and validated as the drafting options and
    /// handed to the workflow as they are.
    /// </summary>
    public DraftingSettings Drafting { get; set; } = DraftingSettings.Default;

    public WorkflowSettings ToSettings() => new()
    {
        PublishNudge = PublishNudge,
        PublishDeadline = PublishDeadline,
        EscalationRepeat = EscalationRepeat,
        WeeklyReview = WeeklyReview,
        FollowUp = FollowUp,
        StallAfter = StallAfter,
        RetryInitialDelay = RetryInitialDelay,
        RetryMaxDelay = RetryMaxDelay,
        Audiences = Audiences.ToImmutableDictionary(a => a.Key, a => a.Value.ToImmutableList(), StringComparer.OrdinalIgnoreCase),
        Drafting = Drafting,
        Lint = LintOptions.Default with
        {
            Severities = LintSeverities.ToImmutableSortedDictionary(
                r => r.Key.ToLowerInvariant(), r => Enum.Parse<FindingSeverity>(r.Value, ignoreCase: true), StringComparer.Ordinal),
        },
    };
}

public sealed class WorkflowOptionsValidator : IValidateOptions<WorkflowOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkflowOptions options)
    {
        var durations = new Dictionary<string, TimeSpan>
        {
            [nameof(options.PublishNudge)] = options.PublishNudge,
            [nameof(options.PublishDeadline)] = options.PublishDeadline,
            [nameof(options.EscalationRepeat)] = options.EscalationRepeat,
            [nameof(options.WeeklyReview)] = options.WeeklyReview,
            [nameof(options.FollowUp)] = options.FollowUp,
            [nameof(options.StallAfter)] = options.StallAfter,
            [nameof(options.RetryInitialDelay)] = options.RetryInitialDelay,
            [nameof(options.RetryMaxDelay)] = options.RetryMaxDelay,
            [nameof(options.ReminderPeriod)] = options.ReminderPeriod,
            [nameof(options.EffectTimeout)] = options.EffectTimeout,
        };
        var failures = durations.Where(d => d.Value <= TimeSpan.Zero).Select(d => $"Workflow:{d.Key} must be positive.").ToList();
        failures.AddRange(options.Audiences.SelectMany(a => a.Value.Where(address => !LooksLikeAnAddress(address))
            .Select(address => $"Publishing:Audiences:{a.Key} has \"{address}\", which is not an e-mail address.")));
        var ruleIds = PostMortemLinter.AllRules.Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        failures.AddRange(options.LintSeverities
            .Where(r => !ruleIds.Contains(r.Key))
            .Select(r => $"{WorkflowOptions.LintRulesSection}:{r.Key} names no rule; the rules are {string.Join(", ", ruleIds.Order())}."));
        failures.AddRange(options.LintSeverities
            .Where(r => !Enum.TryParse<FindingSeverity>(r.Value, ignoreCase: true, out var severity) || !Enum.IsDefined(severity)
                || int.TryParse(r.Value, out _))
            .Select(r => $"{WorkflowOptions.LintRulesSection}:{r.Key}:Severity must be Error or Warning, not \"{r.Value}\"."));
        if (options.PublishNudge > options.PublishDeadline)
        {
            failures.Add("Workflow:PublishNudge must not come after Workflow:PublishDeadline.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Shape only: an @ with something either side and no space; whether it delivers is the mail system's to say.</summary>
    internal static bool LooksLikeAnAddress(string address) =>
        address.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < address.Length - 1 && !address.Any(char.IsWhiteSpace);
}
