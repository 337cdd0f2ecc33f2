using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PostMortemFlow.Api.Http;
using PostMortemFlow.Application.People;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Integrations.Imports;

namespace PostMortemFlow.Api.Library;

/// <summary>
/// <c>POST /api/library/import</c>, the same in both hosts: a multipart form of post-mortem files (<c>files</c>), each kept
/// as a read-only historical post-mortem; <c>restricted</c>, <c>people</c> and <c>groups</c> restrict them as a
/// declaration does, and <c>dryRun=true</c> only reads them. Each file answers for itself; a size over the bounds
/// refuses the whole request with 413 before anything is kept.
/// </summary>
public static class LibraryImportEndpoint
{
    public const string Route = LibraryEndpoints.Prefix + "/import";
    public const string FilesField = "files";

    public static async Task<Results<Ok<ImportAnswer>, ProblemHttpResult>> ImportAsync(HttpContext http, [FromServices] IPostMortemWorkflow workflow,
        [FromServices] LibraryImports imports, [FromServices] IOptions<LibraryImportOptions> options)
    {
        var (answer, problem) = await RunAsync(http, workflow, imports, options.Value);
        return answer is not null ? TypedResults.Ok(answer) : problem!;
    }

    /// <summary>The import the request asks for, for the API and the library page alike: its answer, or the problem that refused all of it.</summary>
    public static async Task<(ImportAnswer? Answer, ProblemHttpResult? Problem)> RunAsync(HttpContext http, IPostMortemWorkflow workflow,
        LibraryImports imports, LibraryImportOptions bounds)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(imports);
        ArgumentNullException.ThrowIfNull(bounds);
        if (!http.Request.HasFormContentType)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: $"Send the files as multipart/form-data, each in a '{FilesField}' field."));
        }
        if (http.Request.ContentLength > bounds.MaxRequestBytes)
        {
            return (null, TooLarge(bounds));
        }
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions
            {
                MultipartBodyLengthLimit = bounds.MaxRequestBytes,
                ValueCountLimit = bounds.MaxFiles + 1_000,
            }, http.RequestAborted);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return (null, TooLarge(bounds));
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return (null, Problems.Invalid(FilesField, $"The form cannot be read: {e.Message}"));
        }
        // A signed-in browser's cookies would go with a form posted from another site: a signed-in import comes from the
        // library page's own form, with its antiforgery token. Scripts without a sign-in session are not at that risk.
        if (Actors.IsSignedIn(http.User) && http.RequestServices.GetService<IAntiforgery>() is { } antiforgery
            && !await antiforgery.IsRequestValidAsync(http))
        {
            return (null, Problems.Invalid("__RequestVerificationToken", "A signed-in import is sent from the library page's form."));
        }
        var parse = ImportForm.Read(form, http.Request.Query, bounds);
        if (parse.Problems.Count > 0)
        {
            return (null, Problems.Invalid(parse.Problems));
        }
        if (form.Files.FirstOrDefault(f => f.Length > bounds.MaxFileBytes) is { } tooLarge)
        {
            return (null, Problems.TooLarge(string.Create(CultureInfo.InvariantCulture,
                $"{tooLarge.FileName} has {tooLarge.Length} bytes; a file may have at most {bounds.MaxFileBytes}. Nothing was imported.")));
        }
        var by = Actors.NameOf(http.User);
        var restriction = parse.Restriction is { } asked && Actors.IsSignedIn(http.User)
            ? asked with { People = [.. asked.People.Append(by).Distinct(StringComparer.OrdinalIgnoreCase)] }
            : parse.Restriction;
        var files = new List<ImportedFile>();
        foreach (var file in form.Files.Where(f => f.Name == FilesField))
        {
            using var content = new MemoryStream((int)file.Length);
            await file.CopyToAsync(content, http.RequestAborted);
            files.Add(await imports.ImportAsync(workflow, file.FileName, content.ToArray(), restriction, by, parse.DryRun, http.RequestAborted));
        }
        return (new ImportAnswer(files, parse.DryRun), null);
    }

    private static ProblemHttpResult TooLarge(LibraryImportOptions bounds) => Problems.TooLarge(string.Create(CultureInfo.InvariantCulture,
        $"An import may bring at most {bounds.MaxRequestBytes} bytes in all; send the files in smaller batches. Nothing was imported."));
}
