namespace PostMortemFlow.Integrations.Imports;

/// <summary>The answer of <c>POST /api/library/import</c>: each file in the order sent, and the counts by outcome.</summary>
public sealed record ImportAnswer(IReadOnlyList<ImportedFile> Files, bool DryRun)
{
    public int Imported => Count(ImportedFile.Imported);
    public int Updated => Count(ImportedFile.Updated);
    public int Unchanged => Count(ImportedFile.Unchanged);
    public int Read => Count(ImportedFile.Read);
    public int Failed => Count(ImportedFile.Failed);

    private int Count(string status) => Files.Count(f => f.Status == status);
}
