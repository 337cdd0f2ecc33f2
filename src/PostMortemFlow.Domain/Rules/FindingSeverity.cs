namespace PostMortemFlow.Domain.Rules;

public enum FindingSeverity
{
    Error = 0,
    Warning = 1,
}
