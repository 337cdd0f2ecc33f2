namespace PostMortemFlow.Domain.Rules;

/// <summary>Which rules a document is held to.</summary>
public enum LintProfile
{
    /// <summary>The method's substance only: a timeline in order, several factors, owners and deadlines, blameless language.</summary>
    Substance = 0,

    /// <summary>Substance and the house style of the report template: AI-### ids, priorities, the template's sections.</summary>
    Standard = 1,
}
