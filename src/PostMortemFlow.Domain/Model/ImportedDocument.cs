namespace PostMortemFlow.Domain.Model;

/// <summary>
/// The file a historical post-mortem was read from: the name it was imported under (its identity), the SHA-256 of its
/// content (importing the same content again changes nothing), where the original is kept, and what the reader noted.
/// </summary>
[GenerateSerializer, Alias("pmf.ImportedDocument")]
public sealed record ImportedDocument
{
    /// <summary>Kept whole in the state and in every view, so bounded like the other lists.</summary>
    public const int MaxNotes = 200;

    /// <summary>The file's name as the importer gave it, a relative path when a folder was imported.</summary>
    [Id(0)] public string FileName { get; init; } = "";
    /// <summary>Lowercase hexadecimal SHA-256 of the file's bytes.</summary>
    [Id(1)] public string ContentHash { get; init; } = "";
    [Id(2)] public long Bytes { get; init; }
    /// <summary>The original's name in the post-mortem's artifacts, to download it from.</summary>
    [Id(3)] public string StoredName { get; init; } = "";
    [Id(4)] public string ContentType { get; init; } = "";
    [Id(5)] public DateTimeOffset ImportedAt { get; init; }
    [Id(6)] public string ImportedBy { get; init; } = "";
    /// <summary>What the reader did not use or could not read, as it told.</summary>
    [Id(7)] public ImmutableList<string> Notes { get; init; } = [];
}
