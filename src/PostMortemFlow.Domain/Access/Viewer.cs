namespace PostMortemFlow.Domain.Access;

/// <summary>
/// Who is looking: a signed-in user with the names they sign in with (user name, e-mail) and the Entra groups they are
/// in, or — when the server runs without sign-in — the one local user, who sees everything because nobody can be told apart.
/// </summary>
public sealed record Viewer
{
    public static readonly Viewer Local = new();

    public bool IsSignedIn { get; init; }
    public IReadOnlyList<string> Names { get; init; } = [];
    public IReadOnlyList<string> Groups { get; init; } = [];

    public static Viewer SignedIn(IEnumerable<string> names, IEnumerable<string> groups) => new()
    {
        IsSignedIn = true,
        Names = [.. names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
        Groups = [.. groups.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
    };
}
