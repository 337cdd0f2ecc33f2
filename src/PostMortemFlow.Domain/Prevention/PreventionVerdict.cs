namespace PostMortemFlow.Domain.Prevention;

/// <summary>What the evidence says of a done action item.</summary>
public enum PreventionVerdict
{
    /// <summary>Done, and the signature stayed quiet since the item was closed.</summary>
    Verified = 0,
    /// <summary>Done, and the signature recurred after the item was closed.</summary>
    NotEffective = 1,
    /// <summary>Done, but the check could not say (a source missing or unreachable, or closed after the checked interval).</summary>
    Unverified = 2,
}
