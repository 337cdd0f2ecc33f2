using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>
/// The systems a post-mortem names, read from the document itself: its affected services, its timeline's sources,
/// words it writes as code, and words it puts before a system noun ("the Sudowoodo bot", "the prow job"). Such a
/// word is never read as a person, whatever it fails to do.
/// </summary>
internal sealed partial class DocumentSystems
{
    private readonly HashSet<string> _names;

    private DocumentSystems(HashSet<string> names) => _names = names;

    public static DocumentSystems None { get; } = new([]);

    public bool Contains(string word) => _names.Contains(word);

    public static DocumentSystems From(PostMortem postMortem, KnownPeople people)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        ArgumentNullException.ThrowIfNull(people);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var named in postMortem.Incident.AffectedServices.Concat(postMortem.Timeline.Select(e => e.Source)))
        {
            foreach (Match word in Word().Matches(named))
            {
                names.Add(word.Value);
            }
        }
        foreach (var fragment in PostMortemProse.Fragments(postMortem))
        {
            SystemNouns.AddTo(fragment.Text, names);
            foreach (Match code in CodeSpan().Matches(fragment.Text))
            {
                names.Add(code.Groups["name"].Value);
            }
        }
        names.RemoveWhere(name => people.Pattern?.IsMatch(name) == true && people.Pattern.Match(name).Length == name.Length);
        return new DocumentSystems(names);
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}_-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    // "the Sudowoodo bot", "the prow job": a word right before a system noun names a system.
    private static readonly WordsBefore SystemNouns = new(
        ("service job bot cluster pipeline deployment controller daemon server api app queue worker cronjob pod container "
        + "database instance plugin integration webhook tool script proxy agent runner scheduler hook").Split(' '),
        plurals: true);

    [GeneratedRegex(@"`(?<name>[^`\s]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex CodeSpan();
}
