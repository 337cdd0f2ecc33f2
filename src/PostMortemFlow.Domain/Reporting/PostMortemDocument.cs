using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Domain.Reporting;

/// <summary>A post-mortem read from Markdown, with where each field was written and what could not be read.</summary>
public sealed record PostMortemDocument(PostMortem PostMortem, SourceMap SourceMap, IReadOnlyList<ParseProblem> Problems);
