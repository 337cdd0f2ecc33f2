namespace PostMortemFlow.Domain.Rules.Language;

internal enum BlameKind
{
    /// <summary>"@bob forgot to run the migration".</summary>
    PersonAgent = 0,
    /// <summary>"the cache was broken by @alice", "because of @alice".</summary>
    PassiveAgent = 1,
    /// <summary>"Bob's change broke the login flow".</summary>
    Possession = 2,
    /// <summary>"if @alice had read the runbook".</summary>
    Counterfactual = 3,
    /// <summary>"human error", "careless".</summary>
    Judgement = 4,
}
