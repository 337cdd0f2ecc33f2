using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Api.PostMortems;

/// <summary><c>GET /api/postmortems/{id}/versions/{version}</c>: the post-mortem as it was at that version.</summary>
public sealed record VersionView(long Version, PostMortem PostMortem);
