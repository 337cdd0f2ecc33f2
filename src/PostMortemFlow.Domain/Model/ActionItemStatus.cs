namespace PostMortemFlow.Domain.Model;

public enum ActionItemStatus
{
    Open = 0,
    InProgress = 1,
    Done = 2,
    WontDo = 3,
}
