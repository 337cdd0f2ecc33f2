namespace PostMortemFlow.Domain.Rules.Language;

/// <param name="Start">Offset of the sentence in the field's text.</param>
/// <param name="LineOffset">Newlines in the field's text before the sentence.</param>
internal sealed record Sentence(string Text, int Start, int LineOffset);
