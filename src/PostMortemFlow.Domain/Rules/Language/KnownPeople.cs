using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>
/// The people a post-mortem names — authors, reviewers, sponsor, timeline actors, action-item owners — as the
/// spellings prose uses for them: "priya.sharma@example.com" is also "priya.sharma" and "priya", "Dave Kim" also
/// "Dave" and "Kim".
/// </summary>
internal sealed class KnownPeople
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "system", "-", "n/a", "na", "none", "bot", "team", "ops", "oncall", "on-call", "sre", "admin", "platform", "db",
        "infra", "eng", "dev", "devops", "support", "automation", "ci", "cd", "pagerduty", "alertmanager", "monitor",
        "monitoring", "auto", "unknown", "tbd", "the",
    };

    private KnownPeople(IEnumerable<string> names)
    {
        var spellings = new SortedSet<string>(
            names.SelectMany(Spellings),
            Comparer<string>.Create((a, b) => b.Length != a.Length
                ? b.Length.CompareTo(a.Length)
                : string.CompareOrdinal(a, b)));
        if (spellings.Count > 0)
        {
            var alternatives = spellings.Select(s => NameLexicon.NamesThatAreWords.Contains(s)
                ? $"(?-i:{Regex.Escape(char.ToUpperInvariant(s[0]) + s[1..])})"
                : Regex.Escape(s));
            Pattern = new Regex(
                $"(?<![\\w@./-])(?:{string.Join("|", alternatives)})(?![\\w@]|[-./]\\w)",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
    }

    /// <summary>Whether an actor or owner cell names no one: "System", "-", "oncall", "CI", "n/a"…</summary>
    public static bool NamesNoOne(string text) => NotNames.Contains(text.Trim());

    /// <summary>Matches any spelling of a known person; null when the post-mortem names nobody.</summary>
    public Regex? Pattern { get; }

    public static KnownPeople From(PostMortem postMortem)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        var names = postMortem.Authors
            .Concat(postMortem.Reviewers)
            .Concat(postMortem.ExecutiveSponsor is { } sponsor ? [sponsor] : [])
            .Concat(postMortem.Timeline.Select(e => e.Actor))
            .Concat(postMortem.ActionItems.Select(a => a.Owner ?? ""))
            .Concat(Speakers(postMortem));
        return new KnownPeople(names);
    }

    // Whoever "said", "wrote" or "pinged" is a person, however the document spells them ("darkk said the disks were fine").
    private static readonly WordsBefore SpeechVerbs = new(
        ["said", "wrote", "asked", "replied", "pinged", "commented", "mentioned", "answered", "suggested", "proposed", "agreed",
            "volunteered"],
        plurals: false);

    private static HashSet<string> Speakers(PostMortem postMortem)
    {
        var speakers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var fragment in PostMortemProse.Fragments(postMortem))
        {
            SpeechVerbs.AddTo(fragment.Text, speakers);
        }
        speakers.RemoveWhere(NameLexicon.Systems.Contains);
        return speakers;
    }

    private static IEnumerable<string> Spellings(string raw)
    {
        var name = raw.Trim().TrimStart('@');
        var at = name.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
        {
            name = name[..at];
        }
        if (name.Length < 2 || NotNames.Contains(name))
        {
            yield break;
        }
        yield return name;
        var parts = name.Split([' ', '.', '_', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1)
        {
            foreach (var part in new[] { parts[0], parts[^1] })
            {
                if (part.Length >= 3 && !NotNames.Contains(part) && part.All(char.IsLetter))
                {
                    yield return part;
                }
            }
        }
    }
}
