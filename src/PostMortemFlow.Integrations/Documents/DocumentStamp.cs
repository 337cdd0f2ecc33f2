namespace PostMortemFlow.Integrations.Documents;

/// <summary>
/// A document's path with a stamp that changes whenever the document is written (the blob's ETag, or a file's write time
/// and length), as a listing gives it without reading the document: enough to tell which documents changed since.
/// </summary>
public sealed record DocumentStamp(string Path, string Stamp);
