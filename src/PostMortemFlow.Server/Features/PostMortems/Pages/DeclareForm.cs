using PostMortemFlow.Application.People;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>The declare form's fields as typed; lists are comma-separated, times are UTC.</summary>
public sealed class DeclareForm
{
    public string? Title { get; set; }
    public Severity? Severity { get; set; }
    public string? Services { get; set; }
    public string? StartedAt { get; set; }
    public string? EndedAt { get; set; }
    public bool NearMiss { get; set; }
    public string? Authors { get; set; }
    public string? Reviewers { get; set; }
    public string? Sponsor { get; set; }
    public bool Restricted { get; set; }
    public string? RestrictedPeople { get; set; }
    public string? RestrictedGroups { get; set; }

    /// <summary>The API's request, with the problems only the form can have (unreadable times) keyed like the API's.</summary>
    public (DeclareRequest Request, Dictionary<string, string[]> Problems) ToRequest()
    {
        var problems = new Dictionary<string, string[]>();
        DateTimeOffset? Time(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            if (UtcText.TryParse(text, out var time))
            {
                return time;
            }
            problems[field] = ["Write the time as YYYY-MM-DD HH:MM (UTC)."];
            return null;
        }
        var request = new DeclareRequest
        {
            Title = Title,
            Severity = Severity,
            Services = List(Services),
            StartedAt = Time(StartedAt, "startedAt"),
            EndedAt = Time(EndedAt, "endedAt"),
            NearMiss = NearMiss,
            Authors = List(Authors),
            Reviewers = List(Reviewers),
            Sponsor = string.IsNullOrWhiteSpace(Sponsor) ? null : Sponsor.Trim(),
            Restriction = Restricted ? new RestrictionRequest { People = List(RestrictedPeople), Groups = List(RestrictedGroups) } : null,
        };
        foreach (var (field, reasons) in request.Problems())
        {
            problems.TryAdd(field, reasons);
        }
        return (request, problems);
    }

    internal static List<string> List(string? text) => NameList.Of(text);
}
