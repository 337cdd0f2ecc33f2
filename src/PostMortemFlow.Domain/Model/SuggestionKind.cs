namespace PostMortemFlow.Domain.Model;

/// <summary>The analysis fields a drafting suggestion is for. Never owners, deadlines or approvals.</summary>
public enum SuggestionKind
{
    Summary = 0,
    ImpactNarrative = 1,
    RootCause = 2,
    ContributingFactor = 3,
    NextWhyQuestion = 4,
    Lesson = 5,
}
