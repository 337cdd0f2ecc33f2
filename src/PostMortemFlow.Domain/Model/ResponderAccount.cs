namespace PostMortemFlow.Domain.Model;

/// <summary>
/// What one person involved says about their own moments, in answer to the questions drafted from the timeline:
/// their account, beside the timeline, for the reviewers. Only its author changes it.
/// </summary>
[GenerateSerializer, Alias("pmf.ResponderAccount")]
public sealed record ResponderAccount
{
    /// <summary>Who wrote it: the address the questions went to, or the name they signed in with.</summary>
    [Id(0)] public string Person { get; init; } = "";
    /// <summary>The timeline actor the questions were about.</summary>
    [Id(1)] public string Actor { get; init; } = "";
    [Id(2)] public DateTimeOffset WrittenAt { get; init; }
    [Id(3)] public ImmutableList<AccountAnswer> Answers { get; init; } = [];
}
