using System.Text.RegularExpressions;

namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>
/// Finds sentences that make a person the agent of a failure, or judge a person. Systems are never agents here:
/// a failure verb only counts when its subject (or passive agent) is a person mention — an @handle, a known
/// name, a name in plain words (<see cref="PlainNames"/>), a role ("the on-call"), a team ("the payments team"),
/// "someone", or a pronoun. Decisions:
/// <list type="bullet">
/// <item>"we" is the team describing itself ("we did not have an alert") and is left alone, except for a slip only
/// people make ("we forgot to restart …", "we did not test …"), which is self-blame; a team named in the third person
/// ("the payments team broke …") is held responsible like a person.</item>
/// <item>A word is a person or a system by what the document says of it (<see cref="KnownPeople"/>,
/// <see cref="DocumentSystems"/>); an unknown capitalised word only with a failure no system can have.</item>
/// <item>"they" counts only for person-only failures ("forgot", "messed up") unless a person was mentioned just
/// before, since it is as often the pods or the alerts.</item>
/// <item>Text in double quotes or backticks is a reported chat line or code: it is checked for judgement words
/// only, because "sorry, I broke it" is a report while "incompetent" is still a judgement when quoted.</item>
/// <item>A judgement denied right before it ("no one is to blame", "not human error") is fine.</item>
/// </list>
/// </summary>
internal static partial class BlameDetector
{
    private static readonly WordIndexedPatterns Judgements = new(JudgementLexicon.Entries, RegexOptions.IgnoreCase);

    public static IReadOnlyList<BlameMatch> Find(string text, KnownPeople people) => Find(text, people, DocumentSystems.None);

    public static IReadOnlyList<BlameMatch> Find(string text, KnownPeople people, DocumentSystems systems)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(SentenceSplitter.Split(text), people, systems);
    }

    /// <summary>The blame in a field's sentences, in order ("they" may stand for a person named just before).</summary>
    public static IReadOnlyList<BlameMatch> Find(IReadOnlyList<Sentence> sentences, KnownPeople people, DocumentSystems systems)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(systems);
        var matches = new List<BlameMatch>();
        var previousMentionsPerson = false;
        foreach (var sentence in sentences)
        {
            matches.AddRange(FindInSentence(sentence, people, systems, previousMentionsPerson, out var mentionsPerson));
            previousMentionsPerson = mentionsPerson;
        }
        return matches;
    }

    private static List<BlameMatch> FindInSentence(
        Sentence sentence, KnownPeople people, DocumentSystems systems, bool previousMentionsPerson, out bool mentionsPerson)
    {
        var text = sentence.Text;
        var masked = MaskQuotes(text);
        var found = new List<BlameMatch>();

        var judgements = Judgements.Matches(text);
        var opening = OpeningJudgementPattern().Match(text);
        foreach (var judgement in opening.Success ? judgements.Prepend(opening) : judgements)
        {
            if (!NegatedBefore().Match(text, 0, judgement.Index).Success
                && !DeniedAfter().IsMatch(text, judgement.Index + judgement.Length))
            {
                found.Add(new BlameMatch(sentence, judgement.Index, judgement.Length, BlameKind.Judgement,
                    judgement.Value, RestOf(text, judgement.Index + judgement.Length)));
            }
        }

        var mentions = Mentions(masked, people, systems);
        mentionsPerson = mentions.Any(m => m.Kind is not (MentionKind.They or MentionKind.We or MentionKind.UnknownWord));
        var personEarlier = previousMentionsPerson;
        foreach (var mention in mentions)
        {
            if (AsAgent(sentence, masked, mention, personEarlier) is { } match)
            {
                found.Add(match);
            }
            personEarlier |= mention.Kind is not (MentionKind.They or MentionKind.We or MentionKind.UnknownWord);
        }

        return found
            .OrderBy(m => m.Start)
            .ThenByDescending(m => m.Length)
            .Aggregate(new List<BlameMatch>(), (kept, m) =>
            {
                if (kept.Count == 0 || m.Start >= kept[^1].Start + kept[^1].Length)
                {
                    kept.Add(m);
                }
                return kept;
            });
    }

    private static BlameMatch? AsAgent(Sentence sentence, string masked, PersonMention mention, bool personEarlier)
    {
        var text = sentence.Text;
        // "we" only counts with failures no system can have ("we forgot to …").
        if (mention.Kind is MentionKind.We)
        {
            var own = mention.Possessive ? null : SelfAgent().Match(masked, mention.End);
            // "maybe we should have tried a rollback" asks; "we should have read the notes" owns a slip.
            if (own is { Success: true } && own.Groups["verb"].Value.StartsWith("should", StringComparison.OrdinalIgnoreCase)
                && Hedged().IsMatch(masked[..mention.Start]))
            {
                return null;
            }
            return own is { Success: true } ? Slip(sentence, mention, own) : null;
        }
        if (mention.Possessive)
        {
            var fault = PossessiveFault().Match(masked, mention.EndWithPossessive);
            if (fault.Success && !NegatedBefore().Match(text, 0, mention.Start).Success)
            {
                return new BlameMatch(sentence, mention.Start, fault.Index + fault.Length - mention.Start,
                    BlameKind.Judgement, fault.Value.Trim(), RestOf(text, fault.Index + fault.Length));
            }
            var possession = PossessionAgent().Match(masked, mention.EndWithPossessive);
            if (possession.Success)
            {
                var end = possession.Index + possession.Length;
                return new BlameMatch(sentence, mention.Start, end - mention.Start, BlameKind.Possession,
                    possession.Groups["verb"].Value, RestOf(text, end));
            }
        }

        // "because of Kim's quick rollback" credits the work; only "caused by Marta's migration" blames through it.
        var passive = (mention.Possessive ? PassiveParticipleBefore() : PassiveBefore()).Match(masked, 0, mention.Start);
        // "due to Concourse being down" may name a tool; "a typo by Lucía" or "caused by Tobias" names a person.
        if (passive.Success && !(mention.Kind is MentionKind.UnknownWord && Cause().IsMatch(passive.Groups["verb"].Value)))
        {
            return new BlameMatch(sentence, passive.Index, mention.EndWithPossessive - passive.Index,
                BlameKind.PassiveAgent, passive.Groups["verb"].Value, RestOf(text, mention.EndWithPossessive));
        }
        var conditional = IfBefore().Match(masked, 0, mention.Start);
        var had = HadAfter().Match(masked, mention.End);
        if (conditional.Success && had.Success)
        {
            var end = had.Index + had.Length;
            return new BlameMatch(sentence, conditional.Index, end - conditional.Index, BlameKind.Counterfactual,
                had.Value.Trim(), RestOf(text, end));
        }
        // "Had Rosa been more careful …": the inverted conditional; "had they" only with "only" or "been more".
        var inverted = HadBefore().Match(masked, 0, mention.Start);
        var clause = (mention.Kind is MentionKind.They ? InvertedTheyClause() : InvertedClause()).Match(masked, mention.End);
        if (inverted.Success && clause.Success)
        {
            var end = clause.Index + clause.Length;
            return new BlameMatch(sentence, inverted.Index, end - inverted.Index, BlameKind.Counterfactual,
                clause.Value.Trim(), RestOf(text, end));
        }

        if (mention.Possessive)
        {
            return null;
        }
        // "I" owns the slips "we" does ("I didn't realise it would get hit like this").
        if (mention.Kind is MentionKind.Pronoun && text[mention.Start] == 'I' && !mention.Possessive
            && !Agent().Match(masked, mention.End).Success && SelfAgent().Match(masked, mention.End) is { Success: true } slip)
        {
            return Slip(sentence, mention, slip);
        }
        // An unresolved "they" may be the pods or the alerts: only person-only failures count for it.
        var agent = mention.Kind is MentionKind.They && !personEarlier
            ? PersonalAgent().Match(masked, mention.End)
            : Agent().Match(masked, mention.End);
        if (!agent.Success)
        {
            return null;
        }
        var verb = agent.Groups["verb"];
        // An unknown word that "did not respond" or "failed to start" is as likely a bot or a tool: leave it be.
        if (mention.Kind is MentionKind.UnknownWord && SystemVerb().IsMatch(verb.Value)
            && !PersonalAgent().Match(masked, mention.End).Success)
        {
            return null;
        }
        return new BlameMatch(sentence, mention.Start, verb.Index + verb.Length - mention.Start,
            BlameKind.PersonAgent, verb.Value, RestOf(text, verb.Index + verb.Length));
    }

    private static BlameMatch Slip(Sentence sentence, PersonMention mention, Match slip)
    {
        var verb = slip.Groups["verb"];
        return new BlameMatch(sentence, mention.Start, verb.Index + verb.Length - mention.Start, BlameKind.PersonAgent,
            verb.Value, RestOf(sentence.Text, verb.Index + verb.Length));
    }

    /// <summary>A name of two words, or a common given name, is a person; a lone unknown capitalised word may be a bot.</summary>
    private static MentionKind PlainKind(string text, int start, int end)
    {
        var word = text[start..end];
        return word.Contains(' ', StringComparison.Ordinal) || GivenNames.Contains(word.Split('-')[0])
            ? MentionKind.PlainName
            : MentionKind.UnknownWord;
    }

    /// <summary>"jennifer failed to notice": a common given name written in lowercase, as chat and informal notes do.</summary>
    private static List<(int Start, int End)> LowercaseNames(string text)
    {
        var names = new List<(int Start, int End)>();
        foreach (var range in WordRanges.In(text, static (t, i) => char.IsLetterOrDigit(t[i]) || t[i] == '_'))
        {
            var (start, end) = (range.Start.Value, range.End.Value);
            var word = text.AsSpan(start, end - start);
            if (word.Length >= 2 && GivenNames.Contains(word) && IsLowercase(word) && StandsAlone(text, start, end))
            {
                var value = word.ToString();
                if (!NameLexicon.NamesThatAreWords.Contains(value) && !NameLexicon.Systems.Contains(value) && !NameLexicon.NotNames.Contains(value))
                {
                    names.Add((start, end));
                }
            }
        }
        return names;
    }

    private static bool IsLowercase(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }
        return true;
    }

    // Not part of an address, a path or a host name: "jennifer@example.com" and "ops/jennifer" are no names here.
    private static bool StandsAlone(string text, int start, int end) =>
        (start == 0 || text[start - 1] is not ('@' or '.' or '/' or '-'))
        && (end == text.Length || text[end] != '@' && !(text[end] is '-' or '.' or '/' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])));

    /// <summary>"darkk did not notice the alert flood": a lowercase handle opening a chat line or a log entry.</summary>
    private static IEnumerable<(int Start, int End)> OpeningHandle(string text)
    {
        var handle = OpeningWord().Match(text);
        if (handle.Success && !NameLexicon.NotNames.Contains(handle.Groups["word"].Value)
            && !NameLexicon.Systems.Contains(handle.Groups["word"].Value) && !GivenNames.Contains(handle.Groups["word"].Value))
        {
            yield return (handle.Groups["word"].Index, handle.Groups["word"].Index + handle.Groups["word"].Length);
        }
    }

    private static List<PersonMention> Mentions(string masked, KnownPeople people, DocumentSystems systems)
    {
        var raw = MentionPattern().Matches(masked)
            .Select(m => (m.Index, m.Length, Kind: KindOf(m)))
            .Concat(people.Pattern?.Matches(masked).Select(m => (m.Index, m.Length, Kind: MentionKind.Name)) ?? [])
            .Concat(PlainNames.Find(masked).Select(n => (Index: n.Start, Length: n.End - n.Start, Kind: PlainKind(masked, n.Start, n.End))))
            .Concat(LowercaseNames(masked).Select(n => (Index: n.Start, Length: n.End - n.Start, Kind: MentionKind.PlainName)))
            .Concat(OpeningHandle(masked).Select(n => (Index: n.Start, Length: n.End - n.Start, Kind: MentionKind.UnknownWord)))
            .Where(m => m.Kind switch
            {
                // Three capitalised words or more name an organisation or a product ("Luna Foundation Guard"), not a person.
                MentionKind.PlainName or MentionKind.UnknownWord => !systems.Contains(masked.Substring(m.Index, m.Length))
                    && masked.AsSpan(m.Index, m.Length).Count(' ') < 2,
                MentionKind.Role => !RoleWord().Matches(masked.Substring(m.Index, m.Length))
                    .Any(w => NameLexicon.Systems.Contains(w.Value) || systems.Contains(w.Value)),
                _ => true,
            });
        var mentions = new List<PersonMention>();
        foreach (var (start, length, kind) in raw.OrderBy(m => m.Index).ThenByDescending(m => m.Length))
        {
            if (mentions.Count > 0 && start < mentions[^1].End)
            {
                continue;
            }
            var end = start + length;
            var possessive = end + 1 < masked.Length && masked[end] is '\'' or '’' && masked[end + 1] == 's'
                && (end + 2 == masked.Length || !char.IsLetterOrDigit(masked[end + 2]));
            mentions.Add(new PersonMention(start, end, kind, possessive));
        }
        return mentions;
    }

    private static MentionKind KindOf(Match m) =>
        m.Groups["handle"].Success ? MentionKind.Handle
        : m.Groups["role"].Success ? MentionKind.Role
        : m.Groups["team"].Success ? MentionKind.Team
        : m.Groups["someone"].Success ? MentionKind.Someone
        : m.Groups["they"].Success ? MentionKind.They
        : m.Groups["we"].Success ? MentionKind.We
        : MentionKind.Pronoun;

    /// <summary>Blanks out double-quoted text and code spans, keeping offsets.</summary>
    private static string MaskQuotes(string text)
    {
        var chars = text.ToCharArray();
        foreach (Match quote in QuotedPattern().Matches(text))
        {
            for (var i = quote.Index + 1; i < quote.Index + quote.Length - 1; i++)
            {
                chars[i] = ' ';
            }
        }
        return new string(chars);
    }

    // The rest of the clause only: a rewrite that carried the next clause along ("…, someone got lazy") would lint again.
    private static string RestOf(string text, int from)
    {
        var rest = text[Math.Min(from, text.Length)..];
        var cut = rest.IndexOfAny([';', ':', ',']);
        return (cut >= 0 ? rest[..cut] : rest).Trim().TrimEnd('.', '!', '?', ',').Trim();
    }

    [GeneratedRegex(
        "(?<handle>(?<![\\w.@])@(?!(?:here|channel|everyone)\\b)[A-Za-z0-9](?:[\\w.-]*[A-Za-z0-9_])?)"
        + "|(?<team>" + BlameLexicon.Team + ")"
        // "on-call" is a modifier, though "on" alone is not: a word stops at a hyphen only for the check, not for the modifier.
        + "|(?<role>\\b(?:" + BlameLexicon.RoleDeterminers + ")\\s+(?:(?!(?:"
        + BlameLexicon.NotModifiers + ")(?![\\w-]))(?>[\\w-]+)\\s+){0,2}"
        + "(?:" + BlameLexicon.RoleNouns + ")(?![\\w-])|^(?:on-?call(?:ers?)?|oncall(?:ers?)?)\\b)"
        + "|(?<we>\\bwe\\b)"
        + "|(?<someone>\\b(?:someone|somebody|whoever)\\b)"
        + "|(?<they>\\bthey\\b)"
        + "|(?<pronoun>\\b(?:he|she)\\b|(?-i:\\b[Ii]\\b)(?![./-]\\w))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"^(?:fail(?:ed|s)?\s+to\s+\w+|failed\b|(?:did\s+not|didn['’]t|never)\s+(?:respond|reply|replie|start|complete|finish|"
        + @"run|ran|load|return|work|report|sync|connect|publish|deploy|build|trigger|fire|page|notify|notifie|send|sent|retry|"
        + @"restart|recover|scale|process|pick|accept|update|execute|clean|merge|pass|succeed|detect)\w*|crashed|corrupted|"
        + @"stopped|hung|timed\s+out|disappeared|vanished|went\s+\w+|"
        + @"miss(?:ed|es)\s+(?:(?:a|the|its|their|one|two|several)\s+)?(?:heartbeats?|scrapes?|deadlines?|windows?|health|checks?|"
        + @"runs?|beats?|events?|messages?|cycles?|ticks?|intervals?))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SystemVerb();

    [GeneratedRegex(@"[\w-]+", RegexOptions.CultureInvariant)]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"^(?:because|due)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cause();

    [GeneratedRegex(@"^(?:[\d\s:.\-\[\]]*(?:UTC|GMT|Z)?[\s:\-\]]*)?(?<word>\p{Ll}[\p{Ll}\d_.-]*\p{Ll}\d*)(?=\s+(?:did|didn|forgot|never|was|had|missed|ignored|neglected|deployed|merged|pushed|deleted|ran))",
        RegexOptions.CultureInvariant)]
    private static partial Regex OpeningWord();

    [GeneratedRegex(@"\b(?:maybe|perhaps|possibly)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hedged();

    [GeneratedRegex("\\G(?:" + BlameLexicon.Gap + ")(?<verb>" + BlameLexicon.Failure + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Agent();

    [GeneratedRegex("\\G(?:" + BlameLexicon.Gap + ")(?<verb>" + BlameLexicon.PersonalFailure + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonalAgent();

    [GeneratedRegex("\\G(?:" + BlameLexicon.Gap + ")(?<verb>" + BlameLexicon.SelfFailure + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfAgent();

    [GeneratedRegex("\\G\\s+(?<verb>" + BlameLexicon.PossessionFailure + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PossessionAgent();

    [GeneratedRegex("\\G\\s+(?:[\\w-]+\\s+)?(?:" + BlameLexicon.OwnedFailure + ")\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveFault();

    [GeneratedRegex(
        "(?:\\b(?<verb>" + BlameLexicon.PassiveFailure + ")\\s+by|\\b(?<verb>because\\s+of|due\\s+to)"
        + "|\\b(?<verb>(?:typo|mistake|error|blunder|oversight)s?(?:\\s+(?:was|were)\\s+made)?)\\s+by)\\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex PassiveBefore();

    [GeneratedRegex("\\b(?<verb>" + BlameLexicon.PassiveFailure + ")\\s+by\\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex PassiveParticipleBefore();

    [GeneratedRegex("\\bif\\s+(?:only\\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex IfBefore();

    [GeneratedRegex("\\G\\s+had(?:\\s+not|n['’]t)?\\s+\\w+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HadAfter();

    [GeneratedRegex("(?:^|[,;:(]\\s*|\\b(?:and|but|because|since|that)\\s+)had\\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex HadBefore();

    [GeneratedRegex("\\G\\s+(?:(?:only|just|not|never)\\s+)?\\w+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InvertedClause();

    [GeneratedRegex("\\G\\s+(?:(?:only|just)\\s+\\w+|been\\s+more\\s+\\w+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InvertedTheyClause();

    [GeneratedRegex(BlameLexicon.OpeningJudgement, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpeningJudgementPattern();

    // A judgement is denied when a negation comes at most two words before it in the same clause.
    [GeneratedRegex("(?:" + BlameLexicon.Negation + ")(?:\\s+[\\w'’]+){0,2}\\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex NegatedBefore();

    // "'operator error' is never a root cause": the judgement is named to be denied.
    [GeneratedRegex(@"\G[\s""”’']*(?:is|was|are)\s+(?:never|not|rarely|seldom|(?:just\s+|only\s+)?a\s+symptom)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeniedAfter();

    [GeneratedRegex("\"[^\"\\n]*\"|“[^”\\n]*”|`[^`\\n]*`")]
    private static partial Regex QuotedPattern();
}
