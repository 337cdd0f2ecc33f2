using System.Text.RegularExpressions;

namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>One prose field's blame and hindsight, each with the sentence it was found in.</summary>
internal sealed record FieldLanguage(
    ProseFragment Fragment, IReadOnlyList<BlameMatch> Blame, IReadOnlyList<(Sentence Sentence, Match Words)> Hindsight);
