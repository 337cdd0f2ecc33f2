namespace PostMortemFlow.Domain.Model;

public enum SuggestionStatus
{
    Open = 0,
    Accepted = 1,
    Dismissed = 2,
}
