namespace PostMortemFlow.Domain.Drafting;

/// <summary>How a timeline actor is named wherever it is matched: without spaces around it or a leading @, and without case.</summary>
public static class ActorNames
{
    public static string Bare(string actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Trim().TrimStart('@');
    }

    public static bool Same(string actor, string other) => string.Equals(Bare(actor), Bare(other), StringComparison.OrdinalIgnoreCase);
}
