namespace PostMortemFlow.Domain.Rules;

/// <summary>Rule ids are a contract: CLI output, API findings and UI highlights all use them.</summary>
public static class RuleIds
{
    public const string BlamelessLanguage = "blameless-language";
    public const string HindsightLanguage = "hindsight-language";
    public const string VagueActionItem = "vague-action-item";
    public const string IncompleteActionItem = "incomplete-action-item";
    public const string SingleFactor = "single-factor";
    public const string ShallowAnalysis = "shallow-analysis";
    public const string NoSystemicIssue = "no-systemic-issue";
    public const string TimelineOrder = "timeline-order";
    public const string TimelineTimezone = "timeline-timezone";
    public const string TimelineGap = "timeline-gap";
    public const string TimelineMissingMoment = "timeline-missing-moment";
}
