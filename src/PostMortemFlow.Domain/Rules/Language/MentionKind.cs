namespace PostMortemFlow.Domain.Rules.Language;

internal enum MentionKind
{
    Handle = 0,
    Name = 1,
    Role = 2,
    Someone = 3,
    Pronoun = 4,
    They = 5,
    /// <summary>A capitalised word read as a person's name, though the post-mortem does not list them.</summary>
    PlainName = 6,
    Team = 7,
    /// <summary>"we": the team describing itself; only a failure no system can have ("we forgot") is self-blame.</summary>
    We = 8,
    /// <summary>A capitalised word that is no known person and no common given name: as often a bot or a tool ("Prow").</summary>
    UnknownWord = 9,
}
