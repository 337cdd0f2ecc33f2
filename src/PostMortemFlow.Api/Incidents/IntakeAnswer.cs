using System.Text.Json.Serialization;
using PostMortemFlow.Domain.Intake;

namespace PostMortemFlow.Api.Incidents;

/// <summary>What a webhook or a promotion answers: the incident, its post-mortem (if any) and what became of the delivery.</summary>
public sealed record IntakeAnswer(
    string? IncidentKey,
    [property: JsonPropertyName("postmortemId")] string? PostMortemId,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Detail = null)
{
    public static IntakeAnswer From(IntakeResult result) => new(result.IncidentKey, result.PostMortemId, result.Status);

    public static IntakeAnswer Ignored(string why) => new(null, null, "ignored", why);
}
