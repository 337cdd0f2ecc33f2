using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.Uploads;

/// <summary>Settings <c>Evidence:Uploads:*</c>.</summary>
public sealed class UploadsOptions : CollectorOptions
{
    public const string Section = "Evidence:Uploads";

    /// <summary>Largest accepted upload, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 1L << 30;
}
