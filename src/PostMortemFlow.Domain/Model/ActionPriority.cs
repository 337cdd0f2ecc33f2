namespace PostMortemFlow.Domain.Model;

public enum ActionPriority
{
    High = 0,
    Medium = 1,
    Low = 2,
}
