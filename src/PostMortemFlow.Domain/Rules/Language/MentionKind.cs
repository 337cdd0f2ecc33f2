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
}
