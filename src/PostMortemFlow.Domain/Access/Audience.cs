using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Access;

/// <summary>
/// A post-mortem's people — authors, reviewers, sponsor and, when restricted, the named people and groups — and whether it
/// is restricted. Small enough to keep in every list row and search entry, so lists filter without loading the post-mortem.
/// </summary>
public sealed record Audience
{
    public bool IsRestricted { get; init; }
    public IReadOnlyList<string> People { get; init; } = [];
    public IReadOnlyList<string> Groups { get; init; } = [];

    public static Audience Of(PostMortem postMortem, Restriction? restriction)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        var people = postMortem.Authors.Concat(postMortem.Reviewers)
            .Concat(postMortem.ExecutiveSponsor is { } sponsor ? [sponsor] : [])
            .Concat(restriction?.People ?? []);
        return new Audience
        {
            IsRestricted = restriction is not null,
            People = [.. people.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
            Groups = [.. restriction?.Groups ?? []],
        };
    }

    /// <summary>Whether the viewer is one of its people, by any name they sign in with or any group they are in.</summary>
    public bool Includes(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Names.Any(n => People.Contains(n, StringComparer.OrdinalIgnoreCase))
            || viewer.Groups.Any(g => Groups.Contains(g, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Whether the viewer may open it: anyone when it is not restricted or nobody is signed in, else its people only.</summary>
    public bool Admits(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return !IsRestricted || !viewer.IsSignedIn || Includes(viewer);
    }

    /// <summary>Whether the library shows it: published ones to whoever may open them, drafts to their own people only.</summary>
    public bool ListsInLibrary(Viewer viewer, bool isPublished)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return Admits(viewer) && (isPublished || !viewer.IsSignedIn || Includes(viewer));
    }

    /// <summary>Of the given e-mail recipients, those a restricted post-mortem may be sent to: its named people. Groups are not resolved to addresses.</summary>
    public IReadOnlyList<string> Recipients(IEnumerable<string> to) =>
        IsRestricted ? [.. to.Where(t => People.Contains(t, StringComparer.OrdinalIgnoreCase))] : [.. to];

    public bool Equals(Audience? other) =>
        other is not null && IsRestricted == other.IsRestricted
        && People.SequenceEqual(other.People, StringComparer.OrdinalIgnoreCase) && Groups.SequenceEqual(other.Groups, StringComparer.OrdinalIgnoreCase);

    public override int GetHashCode() => HashCode.Combine(IsRestricted, People.Count, Groups.Count);
}
