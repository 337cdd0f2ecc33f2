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

    /// <summary>Issue comments by <c>owner/repo#number</c>.</summary>
    public ConcurrentDictionary<string, List<JsonObject>> IssueComments { get; } = new();

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
        return await MailAsync(context, method, path, body)
            ?? await SharePointAsync(context, method, path, body)
            ?? await CalendarAsync(context, method, path, body)
            ?? await DirectoryAsync(context, method, path)
            ?? await GitHubAsync(context, method, path, body)
            ?? (path.StartsWith("/v1.0/planner/", StringComparison.Ordinal) ? await PlannerAsync(context, method, path, body) : null)
            ?? await WriteJsonAsync(context, 404, Error("itemNotFound", $"The fake has no route for {method} {path}."));
    }

    private static object Error(string code, string message) => new { error = new { code, message } };

    private static async Task<int> WriteJsonAsync(HttpContext context, int status, object body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body));
        return status;
    }



    private sealed record Injection(string Method, Regex Path, int Status, int? RetryAfter, bool AfterWork)
    {
        public int Remaining { get; set; }
    }
}
