namespace PostMortemFlow.Domain.Intake;

/// <summary>
/// Settings <c>Intake:*</c>: which incidents need a post-mortem, when it starts, how services are named and who
/// the default authors, reviewers and sponsor are — globally, and per service under <c>Intake:Services</c>.
/// </summary>
public sealed class IntakePolicy
{
    public const string Section = "Intake";

    public static readonly IReadOnlyList<string> DefaultSeverities = ["Sev0", "Sev1", "Sev2", "P1", "P2", "critical", "high"];
    public static readonly IReadOnlyList<string> DefaultServiceLabels = ["service", "app"];

    /// <summary>Severity labels, as the sources write them (case-insensitive), that need a post-mortem. Default: Sev0–Sev2, P1–P2, critical, high.</summary>
    public string[]? Severities { get; set; }

    /// <summary>Start on resolve (default) or on fire.</summary>
    public IntakeStart StartOn { get; set; } = IntakeStart.Resolve;

    /// <summary>Alert label (or Azure custom property) names whose values name the affected service, in order. Default: service, app.</summary>
    public string[]? ServiceLabels { get; set; }

    public string[]? Authors { get; set; }

    public string[]? Reviewers { get; set; }

    public string? Sponsor { get; set; }

    /// <summary>Per-service overrides, keyed by service name (case-insensitive).</summary>
    public Dictionary<string, ServicePolicy> Services { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public ImmutableList<string> ServicesFromLabels(IReadOnlyDictionary<string, string> labels) =>
        (ServiceLabels ?? DefaultServiceLabels)
            .Select(name => labels.TryGetValue(name, out var value) ? value.Trim() : "")
            .Where(v => v.Length > 0)
            .Take(1)
            .ToImmutableList();

    /// <summary>The first configured override among the incident's services.</summary>
    public ServicePolicy? For(IEnumerable<string> services)
    {
        var lookup = new Dictionary<string, ServicePolicy>(Services, StringComparer.OrdinalIgnoreCase);
        return services.Select(s => lookup.GetValueOrDefault(s)).FirstOrDefault(p => p is not null);
    }

    public bool NeedsPostMortem(IncidentRecord incident)
    {
        var severities = For(incident.Services)?.Severities ?? Severities ?? DefaultSeverities;
        return incident.SeverityLabel is { } label && severities.Contains(label.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether the workflow starts now: the severity needs it and the incident is at the configured point.</summary>
    public bool ShouldStart(IncidentRecord incident) =>
        NeedsPostMortem(incident)
        && ((For(incident.Services)?.StartOn ?? StartOn) == IntakeStart.Fire || incident.Status == IncidentStatus.Resolved);

    public ImmutableList<string> AuthorsFor(IncidentRecord incident) => [.. For(incident.Services)?.Authors ?? Authors ?? []];

    public ImmutableList<string> ReviewersFor(IncidentRecord incident) => [.. For(incident.Services)?.Reviewers ?? Reviewers ?? []];

    public string? SponsorFor(IncidentRecord incident) => For(incident.Services)?.Sponsor ?? Sponsor;
}
