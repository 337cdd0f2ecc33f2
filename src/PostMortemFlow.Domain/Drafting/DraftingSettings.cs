namespace PostMortemFlow.Domain.Drafting;

/// <summary>How the questions for the people involved are drafted (<c>Drafting:*</c>).</summary>
public sealed record DraftingSettings
{
    public static DraftingSettings Default { get; } = new();

    /// <summary>A stretch of the timeline without a row longer than this is a moment worth asking about.</summary>
    public TimeSpan QuietGap { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>At most this many questions per person: a conversation, not a questionnaire.</summary>
    public int MaxQuestionsPerPerson { get; init; } = 6;

    /// <summary>
    /// Timeline actors to e-mail addresses (<c>Drafting:People:&lt;actor&gt;</c>), for handles and names the post-mortem
    /// does not map itself; actors compared without case.
    /// </summary>
    public ImmutableDictionary<string, string> People { get; init; } = ImmutableDictionary<string, string>.Empty;

    public string? AddressOf(string actor) =>
        People.FirstOrDefault(p => string.Equals(p.Key.Trim().TrimStart('@'), actor.Trim().TrimStart('@'), StringComparison.OrdinalIgnoreCase)).Value;
}
