namespace PostMortemFlow.Domain.Reviews;

public enum ReviewLinkVerdict
{
    Valid = 0,
    /// <summary>Not a token this service issued, or changed since.</summary>
    Tampered = 1,
    Expired = 2,
    WrongPurpose = 3,
}
