namespace PostMortemFlow.Domain.Checklist;

public enum ChecklistStatus
{
    Pass = 0,
    Fail = 1,
    Pending = 2,
}
