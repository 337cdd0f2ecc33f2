using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PostMortemFlow.Server.Tests.Persistence;

namespace PostMortemFlow.Server.Tests.Process;

/// <summary>The server's JSON API as the tests drive it; every call asserts its status and shows the body when it fails.</summary>
public sealed class PostMortemApi(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(20) };

    public async Task<string> DeclareAsync(string title, DateTimeOffset startedAt, DateTimeOffset endedAt)
    {
        var created = await SendAsync(HttpMethod.Post, "/api/postmortems", SampleRequests.Declaration(title, startedAt, endedAt), HttpStatusCode.Created);
        return created.GetProperty("id").GetString()!;
    }

    /// <summary>A comment on the whole post-mortem, sent with its idempotency key as a retrying client would.</summary>
    public async Task CommentAsync(string id, string text, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/postmortems/{id}/comments") { Content = JsonContent.Create(new { text, by = "rui@example.com" }) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await _http.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"commenting answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public Task<JsonElement> GetAsync(string id) => SendAsync(HttpMethod.Get, $"/api/postmortems/{id}", null, HttpStatusCode.OK);

    /// <summary>The post-mortem, or null when the server could not answer (yet): for polling during a fail-over.</summary>
    public async Task<JsonElement?> TryGetAsync(string id)
    {
        try
        {
            using var response = await _http.GetAsync($"/api/postmortems/{id}");
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>Only the status of a read and its <c>Retry-After</c>: what a client sees while the cluster recovers.</summary>
    public async Task<(HttpStatusCode? Status, TimeSpan? RetryAfter)> ProbeAsync(string id)
    {
        try
        {
            using var response = await _http.GetAsync($"/api/postmortems/{id}");
            return (response.StatusCode, response.Headers.RetryAfter?.Delta);
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            return (null, null);
        }
    }

    /// <summary>Streams a file into the post-mortem's evidence, as a person uploading an export would.</summary>
    public async Task UploadAsync(string id, string name, string content)
    {
        using var response = await _http.PostAsync($"/api/postmortems/{id}/evidence/uploads?name={Uri.EscapeDataString(name)}", new StringContent(content));
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A review page's HTML.</summary>
    public async Task<string> PageAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public Task<JsonElement> PutTimelineAsync(string id, DateTimeOffset startedAt, DateTimeOffset endedAt) =>
        SendAsync(HttpMethod.Put, $"/api/postmortems/{id}/timeline", SampleRequests.Timeline(startedAt, endedAt), HttpStatusCode.OK);

    public Task<JsonElement> ApproveTimelineAsync(string id) =>
        SendAsync(HttpMethod.Post, $"/api/postmortems/{id}/timeline/approve", new { by = "reviewer-one" }, HttpStatusCode.OK);

    /// <summary>Approves the timeline as a client would whose answer may be lost to a crash: the status, or null when none came.</summary>
    public async Task<HttpStatusCode?> TryApproveTimelineAsync(string id)
    {
        try
        {
            using var response = await _http.PostAsJsonAsync($"/api/postmortems/{id}/timeline/approve", new { by = "reviewer-one" });
            return response.StatusCode;
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    public Task<JsonElement> PutAnalysisAsync(string id) =>
        SendAsync(HttpMethod.Put, $"/api/postmortems/{id}/analysis", SampleRequests.Analysis(), HttpStatusCode.OK);

    /// <summary>Declares, fills in and approves the timeline: the post-mortem ends up in AnalysisReview.</summary>
    public async Task<string> DriveToAnalysisReviewAsync(string title, DateTimeOffset startedAt, DateTimeOffset endedAt, TimeSpan timeout)
    {
        var id = await DeclareAsync(title, startedAt, endedAt);
        await Eventually.ReachAsync(() => PhaseAsync(id), phase => phase == "TimelineReview", timeout);
        await PutTimelineAsync(id, startedAt, endedAt);
        var approved = await ApproveTimelineAsync(id);
        Assert.Equal("AnalysisReview", approved.GetProperty("phase").GetString());
        return id;
    }

    public async Task<string?> PhaseAsync(string id) => (await GetAsync(id)).GetProperty("phase").GetString();

    public void Dispose() => _http.Dispose();

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected,
            $"{method} {_http.BaseAddress}{path.TrimStart('/')} answered {(int)response.StatusCode} instead of {(int)expected}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
