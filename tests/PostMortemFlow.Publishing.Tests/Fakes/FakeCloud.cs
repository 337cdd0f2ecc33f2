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

/// <summary>
/// A local HTTP server (Kestrel on 127.0.0.1, free port) speaking the parts of Microsoft Graph v1.0 and the GitHub
/// REST API (under <c>/api/v3</c>, as Octokit addresses non-github.com hosts) that publishing uses. It records every
/// request (Planner included: tasks, their details with etags and If-Match, bucket listings paged by
/// <c>@odata.nextLink</c>) and can answer chosen requests with a failure first (429/503 with <c>Retry-After</c>), before or after
/// doing the work (an "ambiguous" failure: done, but the answer is lost).
/// </summary>
public sealed partial class FakeCloud : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly List<Injection> _injections = [];
    private readonly Lock _lock = new();
    private int _sequence;
    private int _etags;

    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    public FakeCloud()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(HandleAsync);
    }

    public string BaseUrl { get; private set; } = "";

    public string GraphUrl => $"{BaseUrl}/v1.0";

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests.OrderBy(r => r.Sequence)];

    /// <summary>Messages Graph accepted, with their parsed JSON.</summary>
    public ConcurrentQueue<JsonObject> SentMail { get; } = new();

    public ConcurrentDictionary<string, byte[]> Files { get; } = new();

    public ConcurrentDictionary<string, JsonObject> Events { get; } = new();

    public ConcurrentDictionary<string, List<JsonObject>> Issues { get; } = new();

    /// <summary>Planner tasks by id, as Graph returns them.</summary>
    public ConcurrentDictionary<string, JsonObject> PlannerTasks { get; } = new();

    /// <summary>Planner task details by task id, with their current <c>@odata.etag</c>.</summary>
    public ConcurrentDictionary<string, JsonObject> PlannerDetails { get; } = new();

    /// <summary>How many tasks one page of a bucket listing holds (small, so paging is exercised).</summary>
    public int PlannerPageSize { get; set; } = 2;

    public static async Task<FakeCloud> StartAsync()
    {
        var cloud = new FakeCloud();
        await cloud._app.StartAsync();
        cloud.BaseUrl = cloud._app.Urls.First().TrimEnd('/');
        return cloud;
    }

    /// <summary>The next <paramref name="times"/> requests matching answer <paramref name="status"/>; with <paramref name="afterWork"/> the work is done first.</summary>
    public void Fail(string method, string pathPattern, int status, int times = 1, int? retryAfter = null, bool afterWork = false)
    {
        lock (_lock)
        {
            _injections.Add(new Injection(method, new Regex(pathPattern), status, retryAfter, afterWork) { Remaining = times });
        }
    }

    public IReadOnlyList<RecordedRequest> Matching(string method, string pathPattern) =>
        Requests.Where(r => r.Method == method && Regex.IsMatch(r.Path, pathPattern)).ToList();

    public void CloseAllIssues()
    {
        foreach (var issues in Issues.Values)
        {
            lock (issues)
            {
                foreach (var issue in issues)
                {
                    issue["state"] = "closed";
                    issue["state_reason"] = "completed";
                    issue["closed_at"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
                    issue["updated_at"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
                }
            }
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        if (request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            // Kiota's compression handler gzips request bodies, as Graph accepts.
            await using var gzip = new System.IO.Compression.GZipStream(request.Body, System.IO.Compression.CompressionMode.Decompress);
            await gzip.CopyToAsync(buffer);
        }
        else
        {
            await request.Body.CopyToAsync(buffer);
        }
        var body = buffer.ToArray();
        var path = Uri.UnescapeDataString(request.Path.Value ?? "");
        var injection = Take(request.Method, path);
        int status;
        try
        {
            if (injection is { AfterWork: true })
            {
                // Do the work but throw its answer away: the caller only sees the injected failure.
                var real = context.Response.Body;
                context.Response.Body = new MemoryStream();
                await RouteAsync(context, path, body);
                context.Response.Body = real;
            }
            status = injection?.Status ?? await RouteAsync(context, path, body);
        }
        catch (Exception bug)
        {
            // A fake that cannot understand a request says why, in Graph's error shape, so the test failure shows it.
            status = await WriteJsonAsync(context, 400, Error("fakeCloudBug", bug.ToString()));
        }
        if (injection is not null)
        {
            context.Response.Clear();
            context.Response.StatusCode = injection.Status;
            if (injection.RetryAfter is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }
            await WriteJsonAsync(context, injection.Status, Error(injection.Status == 429 ? "TooManyRequests" : "ServiceUnavailable", "Injected failure."));
            status = injection.Status;
        }
        _requests.Enqueue(new RecordedRequest(Interlocked.Increment(ref _sequence), request.Method, path, request.QueryString.Value ?? "",
            request.Headers.Authorization.FirstOrDefault(), request.ContentType, body, status, request.Headers.IfMatch.FirstOrDefault()));
    }

    private Injection? Take(string method, string path)
    {
        lock (_lock)
        {
            var injection = _injections.FirstOrDefault(i => i.Remaining > 0 && i.Method == method && i.Path.IsMatch(path));
            if (injection is not null)
            {
                injection.Remaining--;
            }
            return injection;
        }
    }

    private async Task<int> RouteAsync(HttpContext context, string path, byte[] body)
    {
        var method = context.Request.Method;
        Match m;
        if (method == "POST" && (m = SendMailPath().Match(path)).Success)
        {
            var message = JsonNode.Parse(body, CaseInsensitive)!["message"]!.AsObject();
            SentMail.Enqueue(message);
            context.Response.StatusCode = 202;
            return 202;
        }
        if (method == "GET" && SentItemsPath().IsMatch(path))
        {
            var filter = context.Request.Query["$filter"].ToString();
            var key = FilterValue().Match(filter) is { Success: true } f ? f.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal) : "";
            var found = SentMail.Where(msg => HeaderOf(msg, "X-PostMortemFlow-Key") == key).Select(_ => new { id = Guid.NewGuid().ToString() });
            return await WriteJsonAsync(context, 200, new { value = found.ToArray() });
        }
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
        if (method == "POST" && EventsPath().IsMatch(path))
        {
            var created = JsonNode.Parse(body, CaseInsensitive)!.AsObject();
            var transaction = created["transactionId"]?.GetValue<string>() ?? Guid.NewGuid().ToString();
            var stored = Events.GetOrAdd(transaction, _ =>
            {
                created["id"] = "event-" + Events.Count.ToString(CultureInfo.InvariantCulture);
                created["webLink"] = "https://outlook.example/calendar/item/" + created["id"];
                return created;
            });
            return await WriteJsonAsync(context, 201, stored);
        }
        if ((m = IssuesPath().Match(path)).Success)
        {
            return await IssuesAsync(context, m.Groups[1].Value, m.Groups[2].Value, body);
        }
        if (method == "GET" && (m = IssuePath().Match(path)).Success)
        {
            var issues = Issues.GetValueOrDefault(m.Groups[1].Value + "/" + m.Groups[2].Value) ?? [];
            JsonObject? issue;
            lock (issues)
            {
                issue = issues.FirstOrDefault(i => i["number"]!.GetValue<int>() == int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
            }
            return issue is null ? await WriteJsonAsync(context, 404, new { message = "Not Found" }) : await WriteJsonAsync(context, 200, issue);
        }
        if (path.StartsWith("/v1.0/planner/", StringComparison.Ordinal))
        {
            return await PlannerAsync(context, method, path, body);
        }
        return await WriteJsonAsync(context, 404, Error("itemNotFound", $"The fake has no route for {method} {path}."));
    }

    private async Task<int> PlannerAsync(HttpContext context, string method, string path, byte[] body)
    {
        Match m;
        if (method == "POST" && path == "/v1.0/planner/tasks")
        {
            var input = JsonNode.Parse(body, CaseInsensitive)!.AsObject();
            if (input["planId"] is null || input["bucketId"] is null || input["title"] is null)
            {
                return await WriteJsonAsync(context, 400, Error("BadRequest", "planId, bucketId and title are required."));
            }
            JsonObject task;
            lock (_lock)
            {
                var id = $"task-{PlannerTasks.Count + 1:D3}";
                task = new JsonObject
                {
                    ["@odata.etag"] = NewEtag(),
                    ["id"] = id,
                    ["planId"] = input["planId"]!.GetValue<string>(),
                    ["bucketId"] = input["bucketId"]!.GetValue<string>(),
                    ["title"] = input["title"]!.GetValue<string>(),
                    ["orderHint"] = "8585269235419181300",
                    ["percentComplete"] = 0,
                    ["priority"] = input["priority"]?.GetValue<int>() ?? 5,
                    ["dueDateTime"] = input["dueDateTime"]?.GetValue<string>(),
                    ["createdDateTime"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                    ["hasDescription"] = false,
                    ["previewType"] = "automatic",
                    ["assignments"] = input["assignments"]?.DeepClone() ?? new JsonObject(),
                };
                PlannerTasks[id] = task;
                PlannerDetails[id] = new JsonObject
                {
                    ["@odata.etag"] = NewEtag(),
                    ["id"] = id,
                    ["description"] = null,
                    ["previewType"] = "automatic",
                    ["references"] = new JsonObject(),
                    ["checklist"] = new JsonObject(),
                };
            }
            return await WriteJsonAsync(context, 201, task);
        }
        if (method == "GET" && (m = PlannerBucketTasksPath().Match(path)).Success)
        {
            var skip = int.TryParse(context.Request.Query["$skiptoken"], CultureInfo.InvariantCulture, out var n) ? n : 0;
            var all = PlannerTasks.Values.Where(t => t["bucketId"]!.GetValue<string>() == m.Groups[1].Value)
                .OrderBy(t => t["id"]!.GetValue<string>(), StringComparer.Ordinal).ToList();
            var page = new JsonObject
            {
                ["@odata.context"] = $"{GraphUrl}/$metadata#planner/buckets('{m.Groups[1].Value}')/tasks",
                ["value"] = new JsonArray([.. all.Skip(skip).Take(PlannerPageSize).Select(t => t.DeepClone())]),
            };
            if (skip + PlannerPageSize < all.Count)
            {
                page["@odata.nextLink"] = $"{GraphUrl}/planner/buckets/{Uri.EscapeDataString(m.Groups[1].Value)}/tasks?$skiptoken={skip + PlannerPageSize}";
            }
            return await WriteJsonAsync(context, 200, page);
        }
        if (method == "GET" && (m = PlannerTaskPath().Match(path)).Success)
        {
            return PlannerTasks.TryGetValue(m.Groups[1].Value, out var task)
                ? await WriteJsonAsync(context, 200, task)
                : await WriteJsonAsync(context, 404, Error("NotFound", "The requested item is not found."));
        }
        if ((m = PlannerDetailsPath().Match(path)).Success && PlannerDetails.TryGetValue(m.Groups[1].Value, out var details))
        {
            if (method == "GET")
            {
                return await WriteJsonAsync(context, 200, details);
            }
            if (method == "PATCH")
            {
                var ifMatch = context.Request.Headers.IfMatch.ToString();
                var input = JsonNode.Parse(body, CaseInsensitive)!.AsObject();
                // Planner: no If-Match → 400; a stale etag → 412.
                var refusal = 0;
                lock (_lock)
                {
                    if (ifMatch.Length == 0)
                    {
                        refusal = 400;
                    }
                    else if (ifMatch != details["@odata.etag"]!.GetValue<string>())
                    {
                        refusal = 412;
                    }
                    else
                    {
                        foreach (var property in new[] { "description", "previewType" })
                        {
                            if (input[property] is { } value)
                            {
                                details[property] = value.DeepClone();
                            }
                        }
                        details["@odata.etag"] = NewEtag();
                        PlannerTasks[m.Groups[1].Value]["hasDescription"] = !string.IsNullOrEmpty(details["description"]?.GetValue<string>());
                    }
                }
                if (refusal != 0)
                {
                    return await WriteJsonAsync(context, refusal, refusal == 400
                        ? Error("BadRequest", "The If-Match header must be specified for this kind of request.")
                        : Error("PreconditionFailed", "The request does not match the current version."));
                }
                context.Response.StatusCode = 204;
                return 204;
            }
        }
        return await WriteJsonAsync(context, 404, Error("NotFound", $"The fake has no Planner route for {method} {path}."));
    }

    private string NewEtag() => $"W/\"JzEtVGFzayAg{Interlocked.Increment(ref _etags).ToString(CultureInfo.InvariantCulture)}Jw==\"";

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

    private async Task<int> IssuesAsync(HttpContext context, string owner, string repo, byte[] body)
    {
        var issues = Issues.GetOrAdd($"{owner}/{repo}", _ => []);
        if (context.Request.Method == "GET")
        {
            var label = context.Request.Query["labels"].ToString();
            JsonObject[] listed;
            lock (issues)
            {
                listed = [.. issues.Where(i => label.Length == 0 || i["labels"]!.AsArray().Any(l => l!["name"]!.GetValue<string>() == label))];
            }
            return await WriteJsonAsync(context, 200, listed);
        }
        var input = JsonNode.Parse(body, CaseInsensitive)!.AsObject();
        JsonObject issue;
        lock (issues)
        {
            var number = issues.Count + 1;
            var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            issue = new JsonObject
            {
                ["id"] = 1000 + number,
                ["number"] = number,
                ["node_id"] = $"I_{number}",
                ["title"] = input["title"]?.GetValue<string>(),
                ["body"] = input["body"]?.GetValue<string>(),
                ["state"] = "open",
                ["url"] = $"{BaseUrl}/api/v3/repos/{owner}/{repo}/issues/{number}",
                ["html_url"] = $"https://github.example/{owner}/{repo}/issues/{number}",
                ["labels"] = new JsonArray([.. (input["labels"]?.AsArray() ?? []).Select(l => (JsonNode)new JsonObject { ["name"] = l!.GetValue<string>() })]),
                ["assignees"] = new JsonArray([.. (input["assignees"]?.AsArray() ?? []).Select(a => (JsonNode)new JsonObject { ["login"] = a!.GetValue<string>() })]),
                ["user"] = new JsonObject { ["login"] = "postmortemflow-bot" },
                ["created_at"] = now,
                ["updated_at"] = now,
            };
            issues.Add(issue);
        }
        return await WriteJsonAsync(context, 201, issue);
    }

    private object DriveItem(string path, long size) => new
    {
        id = Convert.ToHexString(Encoding.UTF8.GetBytes(path))[..Math.Min(32, path.Length * 2)],
        name = path.Split('/')[^1],
        size,
        webUrl = "https://contoso.sharepoint.example/sites/reliability/Shared%20Documents/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString)),
        file = new { mimeType = "application/octet-stream" },
    };

    private static object Error(string code, string message) => new { error = new { code, message } };

    private static string? HeaderOf(JsonObject message, string name) =>
        message["internetMessageHeaders"]?.AsArray().FirstOrDefault(h => h!["name"]!.GetValue<string>() == name)?["value"]?.GetValue<string>();

    private static async Task<int> WriteJsonAsync(HttpContext context, int status, object body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body));
        return status;
    }

    [GeneratedRegex("^/v1.0/users/([^/]+)/sendMail$")]
    private static partial Regex SendMailPath();
    [GeneratedRegex("^/v1.0/users/([^/]+)/mailFolders/SentItems/messages$")]
    private static partial Regex SentItemsPath();
    [GeneratedRegex("ep/value eq '((?:[^']|'')*)'")]
    private static partial Regex FilterValue();
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
    [GeneratedRegex("^/v1.0/users/([^/]+)/events$")]
    private static partial Regex EventsPath();
    [GeneratedRegex("^/api/v3/repos/([^/]+)/([^/]+)/issues$")]
    private static partial Regex IssuesPath();
    [GeneratedRegex(@"^/api/v3/repos/([^/]+)/([^/]+)/issues/(\d+)$")]
    private static partial Regex IssuePath();

    [GeneratedRegex("^/v1.0/planner/buckets/([^/]+)/tasks$")]
    private static partial Regex PlannerBucketTasksPath();
    [GeneratedRegex("^/v1.0/planner/tasks/([^/]+)$")]
    private static partial Regex PlannerTaskPath();
    [GeneratedRegex("^/v1.0/planner/tasks/([^/]+)/details$")]
    private static partial Regex PlannerDetailsPath();

    private sealed record Injection(string Method, Regex Path, int Status, int? RetryAfter, bool AfterWork)
    {
        public int Remaining { get; set; }
    }
}
