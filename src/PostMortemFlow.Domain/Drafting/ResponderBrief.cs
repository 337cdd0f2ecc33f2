namespace PostMortemFlow.Domain.Drafting;

/// <summary>
/// The questions for one person of the timeline. <see cref="Address"/> is where they go; null when the actor could not
/// be matched to anyone, and the authors forward them by hand. <see cref="DirectoryNote"/> says what the people
/// directory found, when it was asked.
/// </summary>
public sealed record ResponderBrief(string Actor, string? Address, IReadOnlyList<ResponderQuestion> Questions, string? DirectoryNote = null);
