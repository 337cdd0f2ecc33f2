namespace PostMortemFlow.Integrations.Uploads;

/// <summary>An upload went past <see cref="UploadsOptions.MaxUploadBytes"/>; nothing of it was kept.</summary>
public sealed class UploadTooLargeException(long limit) : IOException($"The upload is larger than {limit} bytes.")
{
    public long Limit { get; } = limit;
}
