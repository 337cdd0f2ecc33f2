using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Redaction;

namespace PostMortemFlow.Integrations.Uploads;

/// <summary>Keeps files people upload to a post-mortem; streamed to disk through redaction, never held in memory.</summary>
public sealed class UploadStore(IOptions<UploadsOptions> options)
{
    /// <summary>Stores the upload under a safe name; the same name replaces the earlier file.</summary>
    /// <returns>The stored name and size, or null when the upload is larger than allowed (nothing is kept).</returns>
    public async Task<(string Name, long Bytes)?> SaveAsync(string postMortemId, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        var folder = options.Value.FolderOf(postMortemId);
        Directory.CreateDirectory(folder);
        var name = SafeFileName(fileName);
        var path = Path.Combine(folder, name);
        var temporary = path + ".part";
        long written = 0;
        await using var redacted = new RedactingStream(content, leaveOpen: true);
        await using (var target = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await redacted.ReadAsync(buffer, cancellationToken)) > 0)
            {
                written += read;
                if (written > options.Value.MaxUploadBytes)
                {
                    break;
                }
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        if (written > options.Value.MaxUploadBytes)
        {
            File.Delete(temporary);
            return null;
        }
        File.Move(temporary, path, overwrite: true);
        return (name, written);
    }

    public IEnumerable<string> Files(string postMortemId)
    {
        var folder = options.Value.FolderOf(postMortemId);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(".part", StringComparison.Ordinal) && Path.GetFileName(f) != ArtifactKey.ManifestName).Order(StringComparer.Ordinal)
            : [];
    }

    private static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var safe = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray()).TrimStart('.');
        return safe.Length == 0 ? "upload" : safe == ArtifactKey.ManifestName ? "manifest.upload.json" : safe;
    }
}
