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
            AddNamedBeforeSystemNouns(fragment.Text, names);
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

    /// <summary>"the Sudowoodo bot", "the prow job": a word right before a system noun names a system.</summary>
    private static void AddNamedBeforeSystemNouns(string text, HashSet<string> names)
    {
        var previous = default(Range);
        var hasPrevious = false;
        var span = text.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var inWord = i < span.Length && (char.IsLetterOrDigit(span[i]) || span[i] is '_' or '-');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = span[start..i];
                if (hasPrevious && IsSystemNoun(word) && char.IsLetter(span[previous.Start.Value]))
                {
                    var name = span[previous].ToString();
                    if (!NameLexicon.NotNames.Contains(name))
                    {
                        names.Add(name);
                    }
                }
                // Only words separated by spaces are a name and its noun ("Luna, the bot" is not "Luna bot").
                hasPrevious = i < span.Length && char.IsWhiteSpace(span[i]);
                previous = start..i;
                start = -1;
            }
            else if (!inWord && i < span.Length && !char.IsWhiteSpace(span[i]))
            {
                hasPrevious = false;
            }
        }
    }

    private static bool IsSystemNoun(ReadOnlySpan<char> word) =>
        SystemNouns.Contains(word) || word.Length > 3 && word[^1] is 's' or 'S' && SystemNouns.Contains(word[..^1]);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SystemNouns =
        new HashSet<string>(
            ("service job bot cluster pipeline deployment controller daemon server api app queue worker cronjob pod container "
            + "database instance plugin integration webhook tool script proxy agent runner scheduler hook").Split(' '),
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"`(?<name>[^`\s]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex CodeSpan();
}
