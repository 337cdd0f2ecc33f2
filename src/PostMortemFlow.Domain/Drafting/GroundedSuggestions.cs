using System.Text.Json;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Domain.Drafting;

/// <summary>
/// Turns a drafting answer into suggestions a person may take: a sentence that cites nothing, or an id the prompt did
/// not hold, is dropped; what remains passes the blame and hindsight rules, rewritten where a rule offers a rewrite and
/// dropped where it does not. Every drop and rewrite is noted.
/// </summary>
public static class GroundedSuggestions
{
    private const int MaxPerKind = 8;
    private const int MaxSentenceLength = 1_000;

    /// <exception cref="FormatException">The answer is not JSON of the schema's shape.</exception>
    public static (ImmutableList<Suggestion> Suggestions, ImmutableList<string> Notes) From(string answer, DraftingPrompt prompt, PostMortem postMortem)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(postMortem);
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(answer);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new FormatException($"the answer is not JSON ({e.Message})", e);
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("the answer is not a JSON object");
        }
        var suggestions = ImmutableList.CreateBuilder<Suggestion>();
        var notes = ImmutableList.CreateBuilder<string>();
        void Add(SuggestionKind kind, IEnumerable<JsonElement> sentences, FactorCategory? category = null, string? firstWhy = null)
        {
            var (text, cites) = Grounded(sentences, prompt.Ids, notes);
            if (text.Length == 0 || suggestions.Count(s => s.Kind == kind) >= MaxPerKind)
            {
                return;
            }
            if (Blameless(text, kind, postMortem, notes) is not { } clean)
            {
                return;
            }
            suggestions.Add(new Suggestion
            {
                Id = $"S{suggestions.Count + 1}", Kind = kind, Text = clean, Cites = cites, Category = category,
                FirstWhy = firstWhy is { Length: > 0 } why && Blameless(why, kind, postMortem, notes) is { } cleanWhy ? cleanWhy : null,
            });
        }

        Add(SuggestionKind.Summary, Array(root, "summary").EnumerateArray());
        Add(SuggestionKind.ImpactNarrative, Array(root, "impact").EnumerateArray());
        Add(SuggestionKind.RootCause, Array(root, "rootCause").EnumerateArray());
        foreach (var factor in Array(root, "factors").EnumerateArray())
        {
            if (factor.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("a factor is not an object");
            }
            var category = factor.TryGetProperty("category", out var c) && c.ValueKind == JsonValueKind.String
                && Enum.TryParse<FactorCategory>(c.GetString(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : FactorCategory.Other;
            var why = factor.TryGetProperty("firstWhy", out var w) && w.ValueKind == JsonValueKind.String ? w.GetString()!.Trim() : null;
            Add(SuggestionKind.ContributingFactor, Array(factor, "sentences").EnumerateArray(), category, why);
        }
        foreach (var question in Array(root, "questions").EnumerateArray())
        {
            // A question or a lesson is one sentence.
            Add(SuggestionKind.NextWhyQuestion, [question]);
        }
        foreach (var lesson in Array(root, "lessons").EnumerateArray())
        {
            Add(SuggestionKind.Lesson, [lesson]);
        }
        return (suggestions.ToImmutable(), notes.ToImmutable());
    }

    /// <summary>The sentences that cite only ids the prompt held, joined; the others noted.</summary>
    private static (string Text, ImmutableList<string> Cites) Grounded(IEnumerable<JsonElement> sentences, IReadOnlySet<string> ids, ImmutableList<string>.Builder notes)
    {
        var kept = new List<string>();
        var cited = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            if (sentence.ValueKind != JsonValueKind.Object || !sentence.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
            {
                throw new FormatException("a sentence has no text");
            }
            var text = t.GetString()!.Trim();
            if (text.Length == 0)
            {
                continue;
            }
            if (text.Length > MaxSentenceLength)
            {
                notes.Add($"Dropped a sentence of {text.Length} characters: too long to be one sentence.");
                continue;
            }
            var cites = sentence.TryGetProperty("cites", out var c) && c.ValueKind == JsonValueKind.Array
                ? c.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!.Trim().Trim('[', ']')).Where(x => x.Length > 0).ToList()
                : [];
            if (cites.Count == 0)
            {
                notes.Add($"Dropped \"{Short(text)}\": it cites nothing.");
                continue;
            }
            if (cites.FirstOrDefault(id => !ids.Contains(id)) is { } unknown)
            {
                notes.Add($"Dropped \"{Short(text)}\": it cites {unknown}, which is not in the material.");
                continue;
            }
            kept.Add(text);
            cited.UnionWith(cites);
        }
        return (string.Join(" ", kept), [.. cited]);
    }

    /// <summary>The text as the blame and hindsight rules accept it: rewritten where they offer a rewrite, else null.</summary>
    private static string? Blameless(string text, SuggestionKind kind, PostMortem postMortem, ImmutableList<string>.Builder notes)
    {
        var current = text;
        string? flaggedBy = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var probe = new PostMortem { Title = postMortem.Title, Authors = postMortem.Authors, Reviewers = postMortem.Reviewers, Timeline = postMortem.Timeline, Summary = current };
            var context = new LintContext(probe);
            var finding = new BlamelessLanguageRule().Check(context).Concat(new HindsightLanguageRule().Check(context)).FirstOrDefault(f => f.Field == "summary");
            if (finding is null)
            {
                if (flaggedBy is not null)
                {
                    notes.Add($"Rewrote a {Words(kind)} suggestion the {flaggedBy} rule flagged: \"{Short(text)}\".");
                }
                return current;
            }
            flaggedBy ??= finding.Rule;
            if (FindingRewrite.Apply(current, finding) is not { } rewritten || rewritten == current)
            {
                notes.Add($"Dropped a {Words(kind)} suggestion the {finding.Rule} rule flagged: \"{Short(text)}\".");
                return null;
            }
            current = rewritten;
        }
        notes.Add($"Dropped a {Words(kind)} suggestion that kept failing the language rules: \"{Short(text)}\".");
        return null;
    }

    private static JsonElement Array(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value
            : throw new FormatException($"\"{name}\" is missing or not a list");

    private static string Words(SuggestionKind kind) => Text.Words.Of(kind);

    private static string Short(string text) => text.Length <= 80 ? text : text[..77] + "…";
}
