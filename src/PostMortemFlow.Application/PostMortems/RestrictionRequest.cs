using PostMortemFlow.Domain.Access;

namespace PostMortemFlow.Application.PostMortems;

/// <summary>Who besides its authors, reviewers and sponsor may see a restricted post-mortem: people (sign-in names, e-mail addresses) and Entra group object ids.</summary>
public sealed record RestrictionRequest
{
    public List<string>? People { get; init; }
    public List<string>? Groups { get; init; }

    public Restriction ToRestriction() => new() { People = [.. People ?? []], Groups = [.. Groups ?? []] };

    /// <summary>The problems of the restriction, under <paramref name="prefix"/> (the field the body keeps it in).</summary>
    public Dictionary<string, string[]> Problems(string prefix) =>
        ToRestriction().Problem() is var (field, message) ? new() { [$"{prefix}{field}"] = [message] } : [];
}
