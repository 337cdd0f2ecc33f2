namespace PostMortemFlow.Domain.Drafting;

/// <summary>
/// The questions for one person of the timeline. <see cref="Address"/> is where they go; null when the actor could not
/// be matched to anyone, and the authors forward them by hand.
/// </summary>
public sealed record ResponderBrief(string Actor, string? Address, IReadOnlyList<ResponderQuestion> Questions);
