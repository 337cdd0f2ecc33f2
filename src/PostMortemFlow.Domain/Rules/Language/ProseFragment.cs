using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Domain.Rules.Language;

/// <param name="Field">The field path, as in <see cref="Finding.Field"/>: "summary", "timeline[3].event", …</param>
/// <param name="Text">The prose of that field, exactly as written.</param>
public sealed record ProseFragment(string Field, string Text);
