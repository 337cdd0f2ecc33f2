namespace PostMortemFlow.Domain.Model;

[GenerateSerializer, Alias("pmf.Incident")]
public sealed record Incident
{
    [Id(0)] public string Id { get; init; } = "";
    [Id(1)] public IncidentSource Source { get; init; } = IncidentSource.Manual;
    [Id(2)] public Severity Severity { get; init; } = Severity.Sev2;
    [Id(3)] public ImmutableList<string> AffectedServices { get; init; } = [];
    [Id(4)] public DateTimeOffset StartedAt { get; init; }
    [Id(5)] public DateTimeOffset? EndedAt { get; init; }
    [Id(6)] public bool IsNearMiss { get; init; }
    /// <summary>The severity as the report wrote it ("P2 (Major internal degradation)"); null when written as the model names it.</summary>
    [Id(7)] public string? SeverityAsWritten { get; init; }
    /// <summary>The duration as the report wrote it ("30 minutes (10:05 - 10:35 UTC)"); null when written as the model renders it.</summary>
    [Id(8)] public string? DurationAsWritten { get; init; }
    /// <summary>The document this was read from states no severity: <see cref="Severity"/> is only the model's default.</summary>
    [Id(9)] public bool SeverityNotStated { get; init; }
    /// <summary>The document this was read from states no date: <see cref="StartedAt"/> is only the model's default.</summary>
    [Id(10)] public bool DateNotStated { get; init; }

    public TimeSpan? Duration => EndedAt is { } end ? end - StartedAt : null;
}
