using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting.Parsing;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Domain.Reporting;

/// <summary>
/// A post-mortem read from Markdown, with where each field was written, what could not be read, and how what was
/// written differently from the model was read (a severity mapped, a kind inferred).
/// </summary>
public sealed record PostMortemDocument(
    PostMortem PostMortem, SourceMap SourceMap, IReadOnlyList<ParseProblem> Problems, IReadOnlyList<ParseNote> Notes);
