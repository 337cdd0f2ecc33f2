using System.Globalization;
using System.Text;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Drafting;

/// <summary>
/// What a drafting request carries, and nothing else: the timeline with a stable id per row (<c>T1</c>…), the
/// computed impact figures (<c>I1</c>…), short excerpts of the stored evidence files the rows were drafted from
/// (<c>E1</c>…), the alert names and the incident's facts. People in the timeline are named only as "responder 1",
/// "responder 2": the model has no one to blame. The host redacts the text before it leaves.
/// </summary>
public sealed record DraftingPrompt(string Instructions, string Material, IReadOnlySet<string> Ids)
{
    public const string InstructionsText =
        "You help a team draft a blameless post-mortem from its evidence. Use only the material given. "
        + "Answer with JSON that follows the schema. Every sentence is an object with its text and the ids of the timeline rows (T…), "
        + "impact figures (I…) or evidence excerpts (E…) it rests on in \"cites\"; a sentence you cannot ground, leave out. "
        + "Describe systems, conditions and signals, never people's failings; do not judge the past with what is known now; "
        + "do not suggest owners, deadlines or approvals. Contributing factors take one of the categories "
        + "Monitoring, Testing, Runbook, Capacity, ChangeManagement, Dependency, Communication, Other, and a first \"why\" question. "
        + "Questions are open questions for the next whys.";

    /// <summary>At most this many evidence files are excerpted: the first ones the timeline cites.</summary>
    public const int MaxExcerpts = 8;

    /// <param name="excerpts">The excerpt of each file <see cref="EvidenceRefs"/> names, by its reference; a file without one is left out.</param>
    public static DraftingPrompt For(PostMortem postMortem, IReadOnlyList<ComputedImpact> impacts, IReadOnlyDictionary<string, string>? excerpts = null)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        ArgumentNullException.ThrowIfNull(impacts);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var people = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Incident: {postMortem.Title}\n")
            .Append(CultureInfo.InvariantCulture, $"Severity: {postMortem.Incident.Severity}; services: {string.Join(", ", postMortem.Incident.AffectedServices)}\n")
            .Append("\nTimeline (UTC):\n");
        var rows = InTimeOrder(postMortem).Select(r => r.Row).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var id = RowId(i);
            ids.Add(id);
            var actor = ResponderQuestions.IsPersonName(row.Actor) && !string.Equals(row.Actor, row.Source, StringComparison.OrdinalIgnoreCase)
                ? Pseudonym(people, row.Actor)
                : "system";
            text.Append(CultureInfo.InvariantCulture, $"[{id}] {UtcFormat.Minute(row.Time)} · {Words.Of(row.Kind).ToLowerInvariant()} · {actor} · {row.Event}\n");
        }
        var figures = Figures(impacts);
        if (figures.Count > 0)
        {
            text.Append("\nImpact computed from the metrics:\n");
            for (var i = 0; i < figures.Count; i++)
            {
                var id = FigureId(i);
                ids.Add(id);
                text.Append(CultureInfo.InvariantCulture, $"[{id}] {figures[i].Service}: {figures[i].Figure.Name}: {figures[i].Figure.Value}\n");
            }
        }
        var files = EvidenceRefs(postMortem);
        if (excerpts is not null && files.Any(excerpts.ContainsKey))
        {
            text.Append("\nEvidence excerpts (stored files the rows were drafted from):\n");
            for (var i = 0; i < files.Count; i++)
            {
                if (excerpts.TryGetValue(files[i], out var excerpt))
                {
                    var id = EvidenceId(i);
                    ids.Add(id);
                    text.Append(CultureInfo.InvariantCulture, $"[{id}] {Relative(files[i])}: {excerpt}\n");
                }
            }
        }
        var alerts = rows.Select(r => AlertName(r.Event)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (alerts.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nAlerts: {string.Join(", ", alerts)}\n");
        }
        return new DraftingPrompt(InstructionsText, text.ToString(), ids);
    }

    /// <summary>The timeline row a cited <c>T…</c> id stands for, as an index into the post-mortem's timeline; null for any other id.</summary>
    public static int? RowIndexOf(PostMortem postMortem, string cite)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        var ordered = InTimeOrder(postMortem);
        return cite.StartsWith('T') && int.TryParse(cite.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= ordered.Count
            ? ordered[n - 1].Index
            : null;
    }

    /// <summary>
    /// The stored evidence file a cited id rests on: the cited row's, or the cited impact figure's; null when it names none.
    /// </summary>
    public static string? EvidenceOf(PostMortem postMortem, IReadOnlyList<ComputedImpact> impacts, string cite)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        ArgumentNullException.ThrowIfNull(impacts);
        if (RowIndexOf(postMortem, cite) is { } row)
        {
            return postMortem.Timeline[row].EvidenceRef;
        }
        if (cite.Length < 2 || !int.TryParse(cite.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            return null;
        }
        var figures = Figures(impacts);
        var files = EvidenceRefs(postMortem);
        return cite[0] switch
        {
            'I' when n <= figures.Count => figures[n - 1].Figure.EvidenceRef,
            'E' when n <= files.Count => files[n - 1],
            _ => null,
        };
    }

    /// <summary>The stored files the timeline rows were drafted from, as the <c>E…</c> ids number them: in the rows' time order, each once.</summary>
    public static IReadOnlyList<string> EvidenceRefs(PostMortem postMortem)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        return [.. InTimeOrder(postMortem).Select(r => r.Row.EvidenceRef).OfType<string>().Where(r => r.Length > 0)
            .Distinct(StringComparer.Ordinal).Take(MaxExcerpts)];
    }

    /// <summary>A file's path inside the post-mortem's evidence (<c>prometheus/api-5xx.json</c>): what the model needs of it.</summary>
    private static string Relative(string evidenceRef)
    {
        const string folder = "/evidence/";
        var at = evidenceRef.IndexOf(folder, StringComparison.Ordinal);
        return at < 0 ? evidenceRef : evidenceRef[(at + folder.Length)..];
    }

    /// <summary>The computed figures as the ids number them: each computed service's figures in order.</summary>
    private static List<(string Service, ImpactFigure Figure)> Figures(IReadOnlyList<ComputedImpact> impacts) =>
        [.. impacts.Where(i => i.NotComputed is null).SelectMany(i => i.Figures.Select(f => (i.Service, Figure: f)))];

    /// <summary>The rows as the ids number them: by time, rows of the same time in their written order.</summary>
    private static List<(TimelineEntry Row, int Index)> InTimeOrder(PostMortem postMortem) =>
        [.. postMortem.Timeline.Select((row, index) => (row, index)).OrderBy(r => r.row.Time)];

    public static string RowId(int index) => string.Create(CultureInfo.InvariantCulture, $"T{index + 1}");

    public static string FigureId(int index) => string.Create(CultureInfo.InvariantCulture, $"I{index + 1}");

    public static string EvidenceId(int index) => string.Create(CultureInfo.InvariantCulture, $"E{index + 1}");

    private static string Pseudonym(Dictionary<string, string> people, string actor)
    {
        var name = ActorNames.Bare(actor);
        if (!people.TryGetValue(name, out var pseudonym))
        {
            people[name] = pseudonym = string.Create(CultureInfo.InvariantCulture, $"responder {people.Count + 1}");
        }
        return pseudonym;
    }

    private static string? AlertName(string text)
    {
        const string prefix = "Alert ";
        if (!text.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var name = text[prefix.Length..].Split(' ', 2)[0];
        return name.Length > 0 ? name : null;
    }
}
