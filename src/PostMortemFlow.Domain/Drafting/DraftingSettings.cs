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

    /// <summary>Whether actors nothing else matches are looked up in the people directory (<c>Drafting:PeopleDirectory</c>).</summary>
    public bool LooksUpPeople { get; init; }

    /// <summary>Whether a model is configured for suggestions (<c>Drafting:Provider</c>).</summary>
    public bool SuggestionsEnabled { get; init; }

    /// <summary><c>Drafting:IncludeRestricted</c>: a restricted post-mortem is sent to the model only when this is true.</summary>
    public bool IncludeRestricted { get; init; }

    /// <summary><c>Drafting:MaxTokensPerPostMortem</c>: no request once a post-mortem's drafting has used this many tokens.</summary>
    public long MaxTokensPerPostMortem { get; init; } = 50_000;

    public string? AddressOf(string actor) =>
        People.FirstOrDefault(p => ActorNames.Same(p.Key, actor)).Value;
}
