using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using PostMortemFlow.Integrations.Imports;

namespace PostMortemFlow.Cli;

/// <summary>
/// <c>pmf import PATH… --server URL</c>: sends post-mortem files (a folder's, recursively) to a PostMortemFlow server's
/// library import, in batches, and prints per file what became of it. A file in a folder is imported under its path
/// inside that folder, so importing the folder again finds the same entries.
/// </summary>
internal static class ImportCommand
{
    /// <summary>Files per request, and bytes per request, well under the server's default bounds.</summary>
    public const int BatchFiles = 50;
    public const long BatchBytes = 20L << 20;

    public sealed record Request(IReadOnlyList<string> Paths, Uri Server, bool DryRun, bool Restricted, IReadOnlyList<string> People, IReadOnlyList<string> Groups);

    public static int Run(Request request, HttpMessageHandler? handler, TextWriter stdout, TextWriter stderr)
    {
        if (!request.Restricted && (request.People.Count > 0 || request.Groups.Count > 0))
        {
            stderr.WriteLine("pmf: --people and --groups name who may see a restricted import: add --restricted");
            return PmfApp.BadUsage;
        }
        var files = new List<(string Path, string Name)>();
        foreach (var path in request.Paths)
        {
            if (Directory.Exists(path))
            {
                var folder = Path.GetFullPath(path);
                files.AddRange(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(PostMortemFiles.IsDocument)
                    .Order(StringComparer.Ordinal).Select(f => (f, Path.GetRelativePath(folder, f).Replace('\\', '/'))));
            }
            else if (File.Exists(path))
            {
                files.Add((path, Path.GetFileName(path)));
            }
            else
            {
                stderr.WriteLine($"pmf: no such file or folder: {path}");
                return PmfApp.BadUsage;
            }
        }
        if (files.Count == 0)
        {
            stderr.WriteLine($"pmf: no post-mortems ({string.Join(", ", PostMortemFiles.Extensions)}) to import");
            return PmfApp.BadUsage;
        }
        using var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        http.BaseAddress = request.Server;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var batch in Batches(files))
        {
            if (Send(http, request, batch, stderr) is not { } answer)
            {
                return PmfApp.ErrorsFound;
            }
            foreach (var file in answer["files"]?.AsArray() ?? [])
            {
                var status = file?["status"]?.GetValue<string>() ?? "failed";
                counts[status] = counts.GetValueOrDefault(status) + 1;
                stdout.WriteLine(Line(file!, status, request.DryRun));
            }
        }
        stdout.WriteLine(string.Join(", ", new[] { "imported", "updated", "unchanged", "read", "failed" }
            .Where(s => counts.ContainsKey(s) || s is "failed").Select(s => string.Create(CultureInfo.InvariantCulture, $"{counts.GetValueOrDefault(s)} {s}"))));
        return counts.GetValueOrDefault("failed") > 0 ? PmfApp.ErrorsFound : PmfApp.Ok;
    }

    private static IEnumerable<List<(string Path, string Name)>> Batches(List<(string Path, string Name)> files)
    {
        var batch = new List<(string, string)>();
        long bytes = 0;
        foreach (var file in files)
        {
            var length = new FileInfo(file.Path).Length;
            if (batch.Count > 0 && (batch.Count == BatchFiles || bytes + length > BatchBytes))
            {
                yield return batch;
                (batch, bytes) = ([], 0);
            }
            batch.Add(file);
            bytes += length;
        }
        yield return batch;
    }

    private static JsonNode? Send(HttpClient http, Request request, List<(string Path, string Name)> batch, TextWriter stderr)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (path, name) in batch)
        {
            var content = new ByteArrayContent(File.ReadAllBytes(path));
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(PostMortemFiles.ContentTypeOf(name));
            form.Add(content, "files", name);
        }
        if (request.DryRun)
        {
            form.Add(new StringContent("true"), "dryRun");
        }
        if (request.Restricted)
        {
            form.Add(new StringContent("true"), "restricted");
            foreach (var person in request.People)
            {
                form.Add(new StringContent(person), "people");
            }
            foreach (var group in request.Groups)
            {
                form.Add(new StringContent(group), "groups");
            }
        }
        try
        {
            using var response = http.PostAsync("api/library/import", form).GetAwaiter().GetResult();
            var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
            {
                var problem = TryParse(body);
                var detail = problem?["detail"]?.GetValue<string>() ?? problem?["errors"]?.ToJsonString() ?? body;
                stderr.WriteLine($"pmf: the server refused the import ({(int)response.StatusCode}): {detail}");
                return null;
            }
            return TryParse(body) ?? throw new HttpRequestException("the server's answer is not JSON");
        }
        catch (HttpRequestException e)
        {
            stderr.WriteLine($"pmf: cannot import to {request.Server}: {e.Message}");
            return null;
        }
    }

    private static JsonNode? TryParse(string body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Line(JsonNode file, string status, bool dryRun)
    {
        var name = file["file"]?.GetValue<string>();
        if (status == "failed")
        {
            return $"failed     {name}: {file["error"]?.GetValue<string>()}";
        }
        var rows = file["timelineRows"]?.GetValue<int>() ?? 0;
        var utc = file["rowsInUtc"]?.GetValue<int>() ?? 0;
        var notes = file["notes"]?.AsArray().Select(n => n?.GetValue<string>()).OfType<string>().ToList() ?? [];
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{status,-10} {name} -> {file["id"]?.GetValue<string>()}: \"{file["title"]?.GetValue<string>()}\", {rows} timeline rows ({utc} in UTC), "
            + $"{file["factors"]?.GetValue<int>()} factors, {file["actionItems"]?.GetValue<int>()} action items, {notes.Count} notes");
        return dryRun && notes.Count > 0 ? line + Environment.NewLine + string.Join(Environment.NewLine, notes.Select(n => "           " + n)) : line;
    }
}
