using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Application.PostMortems;

/// <summary>Body of <c>POST /api/postmortems</c>: a person declares an incident or a near miss.</summary>
public sealed record DeclareRequest
{
    public string? Title { get; init; }
    public Severity? Severity { get; init; }
    public List<string>? Services { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public bool? NearMiss { get; init; }
    public List<string>? Authors { get; init; }
    public List<string>? Reviewers { get; init; }
    public string? Sponsor { get; init; }
    /// <summary>Set to restrict the post-mortem from the start: only its people and these may see it.</summary>
    public RestrictionRequest? Restriction { get; init; }

    public const int MaxTitleLength = 200;

    public Dictionary<string, string[]> Problems()
    {
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Title))
        {
            problems["title"] = ["A title is required."];
        }
        else if (Title.Length > MaxTitleLength)
        {
            problems["title"] = [$"At most {MaxTitleLength} characters."];
        }
        if (Severity is null)
        {
            problems["severity"] = ["A severity is required: Sev0 … Sev4."];
        }
        if (StartedAt is null)
        {
            problems["startedAt"] = ["The incident's start time is required."];
        }
        else if (EndedAt < StartedAt)
        {
            problems["endedAt"] = ["The incident cannot end before it started."];
        }
        if (Services is null || Services.Count == 0 || Services.Any(string.IsNullOrWhiteSpace))
        {
            problems["services"] = ["Name at least one affected service."];
        }
        if (Authors is null || Authors.Count == 0 || Authors.Any(string.IsNullOrWhiteSpace))
        {
            problems["authors"] = ["Name at least one author."];
        }
        if (Reviewers?.Any(string.IsNullOrWhiteSpace) == true)
        {
            problems["reviewers"] = ["Reviewers cannot be blank."];
        }
        foreach (var (field, reasons) in Restriction?.Problems("restriction.") ?? [])
        {
            problems[field] = reasons;
        }
        return problems;
    }

    public PostMortem ToDraft(string incidentId) => new()
    {
        Title = Title!.Trim(),
        Incident = new Incident
        {
            Id = incidentId,
            Source = IncidentSource.Manual,
            Severity = Severity!.Value,
            AffectedServices = [.. Services!],
            StartedAt = StartedAt!.Value,
            EndedAt = EndedAt,
            IsNearMiss = NearMiss ?? false,
        },
        Authors = [.. Authors!],
        Reviewers = [.. Reviewers ?? []],
        ExecutiveSponsor = string.IsNullOrWhiteSpace(Sponsor) ? null : Sponsor,
    };
}
