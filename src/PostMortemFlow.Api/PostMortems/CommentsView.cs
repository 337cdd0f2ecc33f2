using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Api.PostMortems;

/// <summary><c>GET /api/postmortems/{id}/comments</c>: the discussion in the order it was written, and how many threads are open.</summary>
public sealed record CommentsView(long Version, int Open, IReadOnlyList<Comment> Comments);
