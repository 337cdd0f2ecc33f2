using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;
using PostMortemFlow.Integrations.Artifacts;

namespace PostMortemFlow.Integrations.Collection;

/// <summary>One collection of one source: stores its artifacts redacted and gathers rows, gaps and coverage for the manifest.</summary>
public sealed class CollectionRun(IArtifactStore store, string postMortemId, string source, EvidenceWindow window, Incident incident)
{
    private readonly List<ManifestArtifact> _artifacts = [];
    private readonly List<TimelineEntry> _entries = [];
    private readonly List<DataGap> _gaps = [];
    private readonly List<SignatureQuery> _detections = [];
    private readonly List<ComputedImpact> _impacts = [];
    private EvidenceWindow? _covered;

    public string PostMortemId => postMortemId;
    public string Source => source;
    public EvidenceWindow Window => window;
    public Incident Incident => incident;
    public IArtifactStore Store => store;
    public IReadOnlyList<TimelineEntry> Entries => _entries;
    public IReadOnlyList<DataGap> Gaps => _gaps;
    public IReadOnlyList<SignatureQuery> Detections => _detections;
    public IReadOnlyList<ManifestArtifact> Artifacts => _artifacts;
    public IReadOnlyList<ComputedImpact> Impacts => _impacts;
    public EvidenceWindow? Covered => _covered;

    public ArtifactKey Key(string name) => new(postMortemId, source, name);

    /// <summary>Streams the content through redaction into <c>…/evidence/{source}/{name}</c> and records it for the manifest.</summary>
    public async Task<ManifestArtifact> StoreAsync(string name, string? query, Stream content, CancellationToken cancellationToken)
    {
        var (stored, redactions) = await store.WriteRedactedAsync(Key(name), content, cancellationToken);
        var artifact = new ManifestArtifact { Name = stored.Name, Query = query, Bytes = stored.Bytes, Sha256 = stored.Sha256, Redactions = redactions };
        _artifacts.RemoveAll(a => a.Name == name);
        _artifacts.Add(artifact);
        return artifact;
    }

    /// <summary>Records an artifact stored some other way (e.g. an upload) for the manifest.</summary>
    public void Record(ManifestArtifact artifact)
    {
        _artifacts.RemoveAll(a => a.Name == artifact.Name);
        _artifacts.Add(artifact);
    }

    /// <summary>Sets how many samples, rows or lines an artifact held.</summary>
    public void Count(string name, long items)
    {
        var index = _artifacts.FindIndex(a => a.Name == name);
        if (index >= 0)
        {
            _artifacts[index] = _artifacts[index] with { Items = items };
        }
    }

    public async Task<Stream> OpenAsync(string name, CancellationToken cancellationToken) =>
        await store.OpenReadAsync(Key(name), cancellationToken) ?? throw new InvalidOperationException($"{name} was not stored");

    public void Add(TimelineEntry entry) => _entries.Add(entry with { Source = string.IsNullOrEmpty(entry.Source) ? source : entry.Source });

    /// <summary>Records a first symptom with its query and threshold, for the post-mortem's signature.</summary>
    public void Detect(SignatureQuery detection) => _detections.Add(detection with { Source = source });

    /// <summary>Records a service's computed impact (or why it could not be computed), replacing an earlier one.</summary>
    public void Computed(ComputedImpact impact)
    {
        _impacts.RemoveAll(i => i.Service == impact.Service);
        _impacts.Add(impact with { Source = source });
    }

    public void Gap(DateTimeOffset from, DateTimeOffset to, string reason) =>
        _gaps.Add(new DataGap { Source = source, From = from, To = to, Reason = reason });

    public void AddGaps(IEnumerable<DataGap> gaps) => _gaps.AddRange(gaps);

    /// <summary>Widens the covered part of the window.</summary>
    public void Cover(EvidenceWindow? covered)
    {
        if (covered is null)
        {
            return;
        }
        _covered = _covered is null ? covered
            : new EvidenceWindow(covered.From < _covered.From ? covered.From : _covered.From, covered.To > _covered.To ? covered.To : _covered.To);
    }

    /// <summary>First symptom → recovery as this run's drafted rows say; the incident's own start and end where they say nothing.</summary>
    public EvidenceWindow SymptomSpan()
    {
        var symptoms = _entries.Where(e => e.Kind == TimelineEntryKind.FirstSymptom).Select(e => e.Time).ToList();
        var recoveries = _entries.Where(e => e.Kind == TimelineEntryKind.Recovered).Select(e => e.Time).ToList();
        var from = symptoms.Count > 0 ? symptoms.Min() : incident.StartedAt;
        var to = recoveries.Count > 0 ? recoveries.Max() : incident.EndedAt ?? window.To;
        return new EvidenceWindow(from, to > from ? to : window.To);
    }

    public TimelineEntry Row(DateTimeOffset time, string text, TimelineEntryKind kind, string? evidence, string actor = "System") =>
        new() { Time = time.ToUniversalTime(), Event = text, Source = source, Actor = actor, Kind = kind, EvidenceRef = evidence is null ? null : Key(evidence).Path };
}
