namespace PostMortemFlow.Domain.Model;

public enum DraftingStatus
{
    /// <summary>Asked for; the drafting effect has not answered yet.</summary>
    Requested = 0,
    Ready = 1,
    /// <summary>No suggestions this time: drafting is off, refused, over budget, or the endpoint failed; the reason says which.</summary>
    Unavailable = 2,
}
