namespace PostMortemFlow.Integrations.Alertmanager;

/// <summary>The fields of an API v2 alert the timeline needs (unknown fields are ignored).</summary>
public sealed record AlertmanagerAlert
{
    public Dictionary<string, string> Labels { get; init; } = [];
    public Dictionary<string, string> Annotations { get; init; } = [];
    public DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset? EndsAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public string? Fingerprint { get; init; }

    public string Name => Labels.TryGetValue("alertname", out var name) ? name : Fingerprint ?? "alert";
}
