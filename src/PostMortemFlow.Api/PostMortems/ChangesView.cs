namespace PostMortemFlow.Api.PostMortems;

/// <summary>
/// <c>GET /api/postmortems/{id}/changes</c>: the history of changes, oldest first. Any version from
/// <see cref="ChangesFrom"/> to <see cref="Version"/> can be shown and restored.
/// </summary>
public sealed record ChangesView(long Version, long ChangesFrom, IReadOnlyList<ChangeView> Changes);
