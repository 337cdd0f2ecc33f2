namespace PostMortemFlow.Integrations.Imports;

/// <summary>
/// What became of one file of an import: <c>imported</c>, <c>updated</c> (the file changed), <c>unchanged</c> (the same
/// content was imported before), <c>read</c> (a dry run) or <c>failed</c> with the <see cref="Error"/>; and what the
/// reader found in it.
/// </summary>
public sealed record ImportedFile
{
    public const string Imported = "imported";
    public const string Updated = "updated";
    public const string Unchanged = "unchanged";
    public const string Read = "read";
    public const string Failed = "failed";

    public string File { get; init; } = "";
    public string Status { get; init; } = "";
    /// <summary>The historical post-mortem's id; what an import of this file name gets, also in a dry run.</summary>
    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? ContentHash { get; init; }
    public int TimelineRows { get; init; }
    /// <summary>Of the rows, those whose time is in UTC (the document states its zone).</summary>
    public int RowsInUtc { get; init; }
    public int Factors { get; init; }
    public int ActionItems { get; init; }
    public IReadOnlyList<string> Notes { get; init; } = [];
    public string? Error { get; init; }
}
