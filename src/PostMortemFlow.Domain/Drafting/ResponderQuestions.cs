using System.Globalization;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules.Language;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Drafting;

/// <summary>
/// Questions for the people of the timeline about their own moments (page → acknowledge, acknowledge → diagnosis,
/// the mitigation, escalations, hand-offs and quiet stretches), written the way learning reviews ask: what they saw,
/// expected and found hard to tell at the time. Never a question about what they did not do.
/// </summary>
public static class ResponderQuestions
{
    /// <param name="found">What the people directory said of actors nothing else matched (the state's <c>PeopleFound</c>).</param>
    public static IReadOnlyList<ResponderBrief> For(PostMortem postMortem, DraftingSettings? settings = null, IReadOnlyList<DirectoryMatch>? found = null)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        settings ??= DraftingSettings.Default;
        var rows = postMortem.Timeline.Select((e, i) => (Entry: e, Row: i)).OrderBy(r => r.Entry.Time).ToList();
        var sources = postMortem.Timeline.Select(e => e.Source).Where(s => s.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool IsPerson(string actor) => IsPersonName(actor) && !sources.Contains(actor.Trim());

        var asked = new Dictionary<string, List<ResponderQuestion>>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        void Ask(string actor, DateTimeOffset time, int row, string moment, string text)
        {
            actor = actor.Trim();
            if (!asked.TryGetValue(actor, out var questions))
            {
                asked[actor] = questions = [];
                order.Add(actor);
            }
            if (questions.Count < settings.MaxQuestionsPerPerson && !questions.Any(q => q.Text == text))
            {
                questions.Add(new ResponderQuestion(time, row, moment, text));
            }
        }

        string? previousPerson = null;
        var askedAboutAnAction = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < rows.Count; k++)
        {
            var (entry, row) = rows[k];
            if (k > 0 && entry.Time - rows[k - 1].Entry.Time > settings.QuietGap)
            {
                var before = rows[k - 1].Entry.Time;
                var who = previousPerson ?? (IsPerson(entry.Actor) ? entry.Actor : null);
                if (who is not null)
                {
                    Ask(who, before, rows[k - 1].Row, "quiet stretch",
                        $"The timeline has no row from {Clock(before)} to {Clock(entry.Time)} ({Duration(entry.Time - before)}). What were you looking at and trying in that time?");
                }
            }
            if (!IsPerson(entry.Actor))
            {
                continue;
            }
            var actor = entry.Actor.Trim();
            var what = Quote(entry.Event);
            if (previousPerson is not null && !string.Equals(previousPerson, actor, StringComparison.OrdinalIgnoreCase) && !asked.ContainsKey(actor))
            {
                Ask(actor, entry.Time, row, "hand-off",
                    $"When you joined at {Clock(entry.Time)}, how did you learn what {previousPerson} had already seen and tried?");
            }
            switch (entry.Kind)
            {
                case TimelineEntryKind.Acknowledged when Last(rows, k, TimelineEntryKind.Paged, TimelineEntryKind.Detected) is { } paged:
                    Ask(actor, entry.Time, row, "page → acknowledge",
                        $"You acknowledged at {Clock(entry.Time)}, {Duration(entry.Time - paged.Time)} after {Clock(paged.Time)} ({Quote(paged.Event)}). What did the page tell you, and what did you open first?");
                    break;
                case TimelineEntryKind.Diagnosed when Last(rows, k, TimelineEntryKind.Acknowledged, TimelineEntryKind.Detected, TimelineEntryKind.Paged) is { } start:
                    Ask(actor, entry.Time, row, "acknowledge → diagnosis",
                        $"From {Clock(start.Time)} to {Clock(entry.Time)} ({Duration(entry.Time - start.Time)}), until the timeline says {what}: what did you see, and what made the cause hard to tell at the time?");
                    break;
                case TimelineEntryKind.Mitigated:
                    Ask(actor, entry.Time, row, "diagnosis → mitigation",
                        $"At {Clock(entry.Time)} the timeline says {what}. What did you expect to happen then, and what told you whether it was working?");
                    break;
                case TimelineEntryKind.Escalated:
                    Ask(actor, entry.Time, row, "escalation",
                        $"At {Clock(entry.Time)} the timeline says {what}. What made you bring in more help, and what did you tell the people who joined?");
                    break;
                default:
                    if (askedAboutAnAction.Add(actor))
                    {
                        Ask(actor, entry.Time, row, "action", $"At {Clock(entry.Time)} the timeline says {what}. What did you see just before, and what were you expecting to happen?");
                    }
                    break;
            }
            previousPerson = actor;
        }

        return [.. order.Select(actor => new ResponderBrief(actor, AddressOf(actor, postMortem, settings, found), asked[actor], Found(actor, found)?.Note))];
    }

    /// <summary>Whether a timeline actor names a person rather than a system.</summary>
    public static bool IsPersonName(string actor)
    {
        var name = actor.Trim();
        return name.Length > 0 && !KnownPeople.NamesNoOne(name)
            && !name.EndsWith("bot", StringComparison.OrdinalIgnoreCase) && !name.EndsWith("[bot]", StringComparison.OrdinalIgnoreCase)
            && name.Any(char.IsLetter);
    }

    /// <summary>
    /// The configured address, the actor itself when it is an address, the one of the post-mortem's people whose address
    /// names them, or the one person the directory found.
    /// </summary>
    public static string? AddressOf(string actor, PostMortem postMortem, DraftingSettings settings, IReadOnlyList<DirectoryMatch>? found = null)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        ArgumentNullException.ThrowIfNull(settings);
        var name = ActorNames.Bare(actor);
        if (settings.AddressOf(name) is { } configured)
        {
            return configured;
        }
        if (LooksLikeAddress(name))
        {
            return name;
        }
        var key = Letters(name);
        var people = postMortem.Authors.Concat(postMortem.Reviewers).Append(postMortem.ExecutiveSponsor ?? "").Where(LooksLikeAddress);
        return people.FirstOrDefault(p =>
        {
            var local = p[..p.IndexOf('@', StringComparison.Ordinal)];
            return key.Length > 0 && (Letters(local) == key || Letters(local.Split('.', '_', '-')[0]) == key);
        }) ?? Found(name, found)?.Address;
    }

    /// <summary>What the directory said of an actor, compared as the settings compare them: without case or a leading @.</summary>
    public static DirectoryMatch? Found(string actor, IReadOnlyList<DirectoryMatch>? found) =>
        found?.FirstOrDefault(m => ActorNames.Same(m.Actor, actor));

    private static (DateTimeOffset Time, string Event)? Last(List<(TimelineEntry Entry, int Row)> rows, int before, params TimelineEntryKind[] kinds)
    {
        for (var k = before - 1; k >= 0; k--)
        {
            if (kinds.Contains(rows[k].Entry.Kind))
            {
                return (rows[k].Entry.Time, rows[k].Entry.Event);
            }
        }
        return null;
    }

    private static bool LooksLikeAddress(string text) =>
        text.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < text.Length - 3 && text.IndexOf('.', at) > at && !text.Any(char.IsWhiteSpace);

    private static string Letters(string text) => new([.. text.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    private static string Clock(DateTimeOffset time) => UtcFormat.Minute(time);

    private static string Quote(string text)
    {
        var trimmed = text.Trim().TrimEnd('.');
        return "“" + (trimmed.Length > 80 ? trimmed[..79].TrimEnd() + "…" : trimmed) + "”";
    }

    private static string Duration(TimeSpan span) => span.TotalMinutes < 1
        ? "under a minute"
        : span.TotalHours < 2 ? string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Round(span.TotalMinutes)} min")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.#} h");
}
