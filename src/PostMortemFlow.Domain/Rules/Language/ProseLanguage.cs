using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>
/// A post-mortem's prose read once for both language rules: its people and systems, then every field's blame and
/// hindsight, sentence by sentence. Kept beside the post-mortem it was read from (a lint pass runs both rules over the
/// same instance), so a long report is split and searched once, not once per rule.
/// </summary>
internal sealed class ProseLanguage
{
    private static readonly ConditionalWeakTable<PostMortem, ProseLanguage> Read = [];

    private ProseLanguage(IReadOnlyList<FieldLanguage> fields) => Fields = fields;

    public IReadOnlyList<FieldLanguage> Fields { get; }

    public static ProseLanguage Of(PostMortem postMortem)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        return Read.GetValue(postMortem, From);
    }

    private static ProseLanguage From(PostMortem postMortem)
    {
        var people = KnownPeople.From(postMortem);
        var systems = DocumentSystems.From(postMortem, people);
        var fields = new List<FieldLanguage>();
        foreach (var fragment in PostMortemProse.Fragments(postMortem))
        {
            var sentences = SentenceSplitter.Split(fragment.Text);
            var blame = BlameDetector.Find(sentences, people, systems);
            var blamed = blame.Select(m => m.Sentence.Start).ToHashSet();
            var hindsight = new List<(Sentence, Match)>();
            foreach (var sentence in sentences)
            {
                // One sentence, one finding: blame is the stronger and blocks approval on its own.
                if (!blamed.Contains(sentence.Start) && HindsightDetector.FirstIn(sentence.Text) is { } words)
                {
                    hindsight.Add((sentence, words));
                }
            }
            fields.Add(new FieldLanguage(fragment, blame, hindsight));
        }
        return new ProseLanguage(fields);
    }
}
