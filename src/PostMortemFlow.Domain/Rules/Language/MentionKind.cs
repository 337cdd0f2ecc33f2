namespace PostMortemFlow.Domain.Rules.Language;

internal enum MentionKind
{
    Handle = 0,
    Name = 1,
    Role = 2,
    Someone = 3,
    Pronoun = 4,
    They = 5,
}
