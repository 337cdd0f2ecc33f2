namespace PostMortemFlow.Domain.Reviews;

/// <summary>What a signed review link says: who may do what on which post-mortem, until when.</summary>
public sealed record ReviewLink(string PostMortemId, string Reviewer, ReviewPurpose Purpose, DateTimeOffset ExpiresAt);
