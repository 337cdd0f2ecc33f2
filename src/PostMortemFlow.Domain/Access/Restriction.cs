namespace PostMortemFlow.Domain.Access;

/// <summary>
/// A restricted post-mortem (security incident, customer data, personnel matter): besides its authors, reviewers and
/// sponsor, only these people (sign-in names or e-mail addresses) and Entra groups (object ids) may see it.
/// </summary>
[GenerateSerializer, Alias("pmf.Restriction")]
public sealed record Restriction
{
    public const int MaxEntries = 100;
    public const int MaxEntryLength = 256;

    [Id(0)] public ImmutableList<string> People { get; init; } = [];
    [Id(1)] public ImmutableList<string> Groups { get; init; } = [];

    /// <summary>Why a restriction cannot be kept, by field, or null when it can.</summary>
    public (string Field, string Message)? Problem()
    {
        foreach (var (field, entries) in new[] { ("people", People), ("groups", Groups) })
        {
            if (entries.Count > MaxEntries)
            {
                return (field, $"At most {MaxEntries} entries.");
            }
            if (entries.Any(e => string.IsNullOrWhiteSpace(e) || e.Length > MaxEntryLength))
            {
                return (field, $"Entries cannot be blank or longer than {MaxEntryLength} characters.");
            }
        }
        return null;
    }

    /// <summary>The same people and groups, each once, trimmed, in a stable order, so equal restrictions compare equal.</summary>
    public Restriction Normalized() => new()
    {
        People = [.. People.Select(p => p.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)],
        Groups = [.. Groups.Select(g => g.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)],
    };

    public bool Equals(Restriction? other) =>
        other is not null && People.SequenceEqual(other.People, StringComparer.OrdinalIgnoreCase)
        && Groups.SequenceEqual(other.Groups, StringComparer.OrdinalIgnoreCase);

    public override int GetHashCode() => HashCode.Combine(People.Count, Groups.Count);
}
