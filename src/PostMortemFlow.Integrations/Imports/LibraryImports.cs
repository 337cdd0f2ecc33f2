using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Text;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Imports;

namespace PostMortemFlow.Integrations.Imports;

/// <summary>
/// Imports the post-mortems a team wrote before into the library, one file at a time: read by the reader, the original
/// kept in the artifact store, then kept as a read-only historical post-mortem by the decider. A file that cannot be
/// read fails alone and changes nothing.
/// </summary>
public sealed class LibraryImports(IArtifactStore store)
{
    /// <summary>Where a historical post-mortem's original file is kept among its artifacts.</summary>
    public const string OriginalSource = "original";

    public const int MaxFileNameLength = 300;

    /// <summary>
    /// The id an import of <paramref name="fileName"/> gets: the same for the same name (a path inside the imported
    /// folder), so importing it again finds the entry it made.
    /// </summary>
    public static string IdOf(string fileName)
    {
        var name = fileName.Replace('\\', '/').Trim().ToLowerInvariant();
        return "hist-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..16];
    }

    public async Task<ImportedFile> ImportAsync(IPostMortemWorkflow workflow, string fileName, byte[] content, Restriction? restriction, string by,
        bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(content);
        if (NameProblem(fileName) is { } problem)
        {
            return Failed(fileName, problem);
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        PostMortemDocument document;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            document = PostMortemFiles.Read(fileName, stream).Document;
        }
        catch (InvalidDataException e)
        {
            return Failed(fileName, $"cannot be read: {e.Message}");
        }
        if (!LooksLikeAPostMortem(document.PostMortem))
        {
            return Failed(fileName, "no post-mortem found in it: no title with a summary or root cause, and no timeline, factors or action items.");
        }
        var id = IdOf(fileName);
        var postMortem = Named(document.PostMortem, fileName, id);
        var read = Describe(fileName, id, hash, postMortem, Notes(document, postMortem, document.PostMortem.Title));
        if (dryRun)
        {
            return read with { Status = ImportedFile.Read };
        }
        var before = await workflow.GetAsync(id, cancellationToken);
        if (before.Imported?.ContentHash == hash)
        {
            return read with { Status = ImportedFile.Unchanged };
        }
        // Named by its content, so a new version never overwrites the original an earlier import points to.
        var storedName = StoredName(fileName, hash);
        using (var original = new MemoryStream(content, writable: false))
        {
            await store.WriteAsync(new ArtifactKey(id, OriginalSource, storedName), original, cancellationToken);
        }
        var source = new ImportedDocument
        {
            FileName = fileName.Trim(),
            ContentHash = hash,
            Bytes = content.LongLength,
            StoredName = storedName,
            ContentType = PostMortemFiles.ContentTypeOf(fileName),
            ImportedBy = by,
            Notes = [.. read.Notes],
        };
        var result = await workflow.ExecuteAsync(id, new ImportPostMortem(id, postMortem, source, restriction), cancellationToken);
        if (result.Rejection is { } rejection)
        {
            return read with { Status = ImportedFile.Failed, Error = rejection.Message };
        }
        var status = !result.Changed ? ImportedFile.Unchanged : before.Phase == Phase.None ? ImportedFile.Imported : ImportedFile.Updated;
        return read with { Status = status };
    }

    private static string? NameProblem(string fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return "the file has no name.";
        }
        if (fileName.Length > MaxFileNameLength || fileName.Any(char.IsControl))
        {
            return $"the file name must be at most {MaxFileNameLength} characters, without control characters.";
        }
        return PostMortemFiles.IsDocument(fileName)
            ? null
            : $"not a post-mortem file: {string.Join(", ", PostMortemFiles.Extensions)} are read.";
    }

    /// <summary>Without a title of its own, it is named after its file, so it can be found and told apart.</summary>
    private static PostMortem Named(PostMortem postMortem, string fileName, string id) => postMortem with
    {
        Title = postMortem.Title.Trim().Length > 0 ? postMortem.Title.Trim() : Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/')),
        Incident = postMortem.Incident with { Id = id },
    };

    /// <summary>A timeline, factors or action items; or a title over a summary, root cause or impact. Loose text alone is not one.</summary>
    private static bool LooksLikeAPostMortem(PostMortem pm) =>
        !pm.Timeline.IsEmpty || !pm.ActionItems.IsEmpty || !pm.Analysis.Factors.IsEmpty
        || (pm.Title.Trim().Length > 0
            && !(string.IsNullOrWhiteSpace(pm.Summary) && string.IsNullOrWhiteSpace(pm.RootCause) && string.IsNullOrWhiteSpace(pm.Impact.Description)));

    private static IReadOnlyList<string> Notes(PostMortemDocument document, PostMortem postMortem, string titleAsRead)
    {
        var notes = document.Problems.Select(p => Line(p.Line, p.Message))
            .Concat(document.Notes.Select(n => Line(n.Line, n.Message)));
        if (titleAsRead.Trim().Length == 0)
        {
            notes = notes.Prepend($"No title found; named after the file: {postMortem.Title}.");
        }
        return [.. notes.Take(ImportedDocument.MaxNotes)];
    }

    private static string Line(int line, string message) => line > 0 ? string.Create(CultureInfo.InvariantCulture, $"line {line}: {message}") : message;

    private static ImportedFile Describe(string fileName, string id, string hash, PostMortem pm, IReadOnlyList<string> notes) => new()
    {
        File = fileName,
        Id = id,
        Title = pm.Title,
        ContentHash = hash,
        TimelineRows = pm.Timeline.Count,
        RowsInUtc = pm.Timeline.Count(e => !e.ZoneNotStated && !e.DateNotStated),
        Factors = pm.Analysis.Factors.Count,
        ActionItems = pm.ActionItems.Count,
        Notes = notes,
    };

    private static ImportedFile Failed(string fileName, string error) => new() { File = fileName, Status = ImportedFile.Failed, Error = error };

    private static string StoredName(string fileName, string hash)
    {
        var safe = SafeName.From(Path.GetFileName(fileName.Replace('\\', '/')), fallback: "original");
        var name = $"{hash[..12]}-{safe}";
        return name.Length <= SafeName.MaxLength ? name : name[..(SafeName.MaxLength - Path.GetExtension(safe).Length)] + Path.GetExtension(safe);
    }
}
