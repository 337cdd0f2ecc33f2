using PostMortemFlow.Domain.Access;

namespace PostMortemFlow.Application.PostMortems;

/// <summary>Body of <c>PUT /api/postmortems/{id}/visibility</c>: restricted to its people and the named ones, or open to everyone.</summary>
public sealed record VisibilityRequest
{
    public bool? Restricted { get; init; }
    public List<string>? People { get; init; }
    public List<string>? Groups { get; init; }
    public string? By { get; init; }

    public Dictionary<string, string[]> Problems()
    {
        if (Restricted is null)
        {
            return new() { ["restricted"] = ["Say whether it is restricted: true or false."] };
        }
        if (Restricted == false && (People is { Count: > 0 } || Groups is { Count: > 0 }))
        {
            return new() { ["restricted"] = ["People and groups are named only for a restricted post-mortem."] };
        }
        return Restricted == true ? Named.Problems("") : [];
    }

    /// <summary>The restriction asked for; null: visible to everyone.</summary>
    public Restriction? ToRestriction() => Restricted == true ? Named.ToRestriction() : null;

    private RestrictionRequest Named => new() { People = People, Groups = Groups };
}
