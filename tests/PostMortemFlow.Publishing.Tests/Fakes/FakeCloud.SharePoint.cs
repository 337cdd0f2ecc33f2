using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PostMortemFlow.Publishing.Tests.Fakes;

/// <summary>SharePoint through Graph: the site's drive, uploads by path, and upload sessions with their slices (on another host name, like SharePoint's pre-authenticated URLs).</summary>
public sealed partial class FakeCloud
{
    private async Task<int?> SharePointAsync(HttpContext context, string method, string path, byte[] body)
    {
        Match m;
        if (method == "GET" && (m = SiteDrivePath().Match(path)).Success)
        {
            return await WriteJsonAsync(context, 200, new { id = "drive-of-" + m.Groups[1].Value });
        }
        if (method == "PUT" && (m = DriveContentPath().Match(path)).Success)
        {
            var existed = Files.ContainsKey(m.Groups[2].Value);
            Files[m.Groups[2].Value] = body;
            return await WriteJsonAsync(context, existed ? 200 : 201, DriveItem(m.Groups[2].Value, body.Length));
        }
        if (method == "POST" && (m = UploadSessionPath().Match(path)).Success)
        {
            var session = Convert.ToHexString(Encoding.UTF8.GetBytes(m.Groups[2].Value));
            Files.TryRemove("session:" + session, out _);
            return await WriteJsonAsync(context, 200, new
            {
                // Another host name for the same server, like SharePoint's pre-authenticated upload URLs: no token may go there.
                uploadUrl = $"{BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal)}/upload/{session}",
                expirationDateTime = DateTimeOffset.UtcNow.AddHours(1).ToString("O", CultureInfo.InvariantCulture),
                nextExpectedRanges = new[] { "0-" },
            });
        }
        if (method == "PUT" && (m = UploadPath().Match(path)).Success)
        {
            return await UploadSliceAsync(context, m.Groups[1].Value, body);
        }
        return null;
    }

    private async Task<int> UploadSliceAsync(HttpContext context, string session, byte[] body)
    {
        var range = ContentRange().Match(context.Request.Headers.ContentRange.ToString());
        var (from, to, total) = (long.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture), long.Parse(range.Groups[3].Value, CultureInfo.InvariantCulture));
        var so = Files.GetOrAdd("session:" + session, _ => []);
        if (from != so.Length)
        {
            return await WriteJsonAsync(context, 416, Error("invalidRange", "Unexpected range."));
        }
        var joined = so.Concat(body).ToArray();
        Files["session:" + session] = joined;
        if (to + 1 < total)
        {
            return await WriteJsonAsync(context, 202, new { expirationDateTime = DateTimeOffset.UtcNow.AddHours(1).ToString("O", CultureInfo.InvariantCulture), nextExpectedRanges = new[] { $"{to + 1}-" } });
        }
        var path = Encoding.UTF8.GetString(Convert.FromHexString(session));
        var existed = Files.ContainsKey(path);
        Files[path] = joined;
        Files.TryRemove("session:" + session, out _);
        return await WriteJsonAsync(context, existed ? 200 : 201, DriveItem(path, joined.Length));
    }

    private object DriveItem(string path, long size) => new
    {
        id = Convert.ToHexString(Encoding.UTF8.GetBytes(path))[..Math.Min(32, path.Length * 2)],
        name = path.Split('/')[^1],
        size,
        webUrl = "https://contoso.sharepoint.example/sites/reliability/Shared%20Documents/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString)),
        file = new { mimeType = "application/octet-stream" },
    };


    [GeneratedRegex("^/v1.0/sites/([^/]+)/drive$")]
    private static partial Regex SiteDrivePath();
    [GeneratedRegex("^/v1.0/drives/([^/]+)/root:/(.+):/content$")]
    private static partial Regex DriveContentPath();
    [GeneratedRegex("^/v1.0/drives/([^/]+)/root:/(.+):/createUploadSession$")]
    private static partial Regex UploadSessionPath();
    [GeneratedRegex("^/upload/([0-9A-F]+)$")]
    private static partial Regex UploadPath();
    [GeneratedRegex(@"bytes (\d+)-(\d+)/(\d+)")]
    private static partial Regex ContentRange();
}
