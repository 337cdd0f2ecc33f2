namespace PostMortemFlow.Domain.Library;

/// <summary>The hits of one search, best match first (newest first without search text), and how many matched in all.</summary>
public sealed record LibraryResult(IReadOnlyList<LibraryHit> Hits, int Total);
