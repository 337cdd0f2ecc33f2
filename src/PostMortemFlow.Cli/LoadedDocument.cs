using PostMortemFlow.Domain.Reporting;

namespace PostMortemFlow.Cli;

/// <summary>A post-mortem file as read: by the template's parser when it is in the standard template, else by the reader.</summary>
internal sealed record LoadedDocument(string Path, PostMortemDocument Document, bool IsStandardTemplate);
