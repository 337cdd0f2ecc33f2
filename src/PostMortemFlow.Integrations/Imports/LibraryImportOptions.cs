using System.ComponentModel.DataAnnotations;

namespace PostMortemFlow.Integrations.Imports;

/// <summary>Settings <c>Library:Import:*</c>: how much one import may bring.</summary>
public sealed class LibraryImportOptions
{
    public const string Section = "Library:Import";

    /// <summary>Largest file, in bytes; a larger one refuses the whole request with 413.</summary>
    [Range(1, 1L << 30)]
    public long MaxFileBytes { get; set; } = 5L << 20;

    /// <summary>Most files in one request.</summary>
    [Range(1, 10_000)]
    public int MaxFiles { get; set; } = 200;

    /// <summary>Largest request, all files together, in bytes.</summary>
    [Range(1, 1L << 32)]
    public long MaxRequestBytes { get; set; } = 100L << 20;
}
