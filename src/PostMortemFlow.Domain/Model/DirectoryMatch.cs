namespace PostMortemFlow.Domain.Model;

/// <summary>
/// What the people directory said of a timeline actor the post-mortem and the settings could not match: the one
/// person it names, or why it named no one (nobody, or several people, who are never guessed between).
/// </summary>
[GenerateSerializer, Alias("pmf.DirectoryMatch")]
public sealed record DirectoryMatch
{
    [Id(0)] public string Actor { get; init; } = "";
    /// <summary>The address of the one person the directory found; null when it found no one or several.</summary>
    [Id(1)] public string? Address { get; init; }
    /// <summary>What was found, in people's words: "Sam Rivera in the directory", "3 people in the directory are called Sam".</summary>
    [Id(2)] public string Note { get; init; } = "";
    [Id(3)] public DateTimeOffset LookedUpAt { get; init; }
}
