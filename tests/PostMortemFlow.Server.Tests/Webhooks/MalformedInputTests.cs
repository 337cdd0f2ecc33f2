using System.Net.Http.Headers;
using System.Text;

namespace PostMortemFlow.Server.Tests.Webhooks;

/// <summary>Authenticated but broken deliveries: always a 4xx, never a 5xx, and nothing is stored.</summary>
public sealed class MalformedInputTests(WebhookServer server) : IClassFixture<WebhookServer>
{
    private readonly HttpClient _client = server.CreateClient();

    public static TheoryData<string, string, int> Corpus()
    {
        var data = new TheoryData<string, string, int>();
        var am = WebhookServer.Fixture("alertmanager-resolved.json");
        var az = WebhookServer.Fixture("azure-monitor-resolved.json");
        var pd = WebhookServer.Fixture("pagerduty-incident.resolved.json");
        foreach (var (source, body) in new[] { ("alertmanager", am), ("azure-monitor", az), ("pagerduty", pd) })
        {
            data.Add(source, "truncated", 400);
            data.Add(source, "empty", 400);
            data.Add(source, "deep nesting", 400);
            data.Add(source, "invalid utf-8", 400);
            data.Add(source, "oversized", 413);
            data.Add(source, "wrong content type", 415);
            data.Add(source, "root array", 422);
            data.Add(source, "root null", 422);
            data.Add(source, "empty object", 422);
            data.Add(source, "huge string in a checked field", 422);
        }
        data.Add("alertmanager", "alerts is a string", 422);
        data.Add("alertmanager", "alert without startsAt", 422);
        data.Add("alertmanager", "labels with a number", 422);
        data.Add("alertmanager", "unknown version", 422);
        data.Add("alertmanager", "no alerts", 422);
        data.Add("azure-monitor", "unknown schema", 422);
        data.Add("azure-monitor", "severity is a number", 422);
        data.Add("azure-monitor", "no essentials", 422);
        data.Add("azure-monitor", "bad time", 422);
        data.Add("pagerduty", "event is an array", 422);
        data.Add("pagerduty", "no event id", 422);
        data.Add("pagerduty", "data without incident id", 422);
        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task Delivery_Malformed_Gets4xxAndChangesNothing(string source, string scenario, int expected)
    {
        var (body, contentType) = Build(source, scenario);

        using var response = await SendAsync(source, body, contentType);

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Empty((await WebhookServer.GetJsonAsync(_client, "/api/incidents")).EnumerateArray());
        Assert.Empty((await WebhookServer.GetJsonAsync(_client, "/api/postmortems")).EnumerateArray());
    }

    [Fact]
    public async Task MalformedJson_SaysWhereItBroke()
    {
        using var response = await SendAsync("alertmanager", Encoding.UTF8.GetBytes("{\n  \"version\": \"4\",\n  \"groupKey\": oops\n}"), "application/json");

        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("line 3", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFields_AreNamed()
    {
        using var response = await SendAsync("alertmanager", Encoding.UTF8.GetBytes("""{"version":"4","alerts":[{"labels":{}}]}"""), "application/json");

        var problem = await WebhookServer.ReadJsonAsync(response);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "groupKey", "status", "alerts[0].status", "alerts[0].startsAt" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} is not named in {errors}");
        }
    }

    private static (byte[] Body, string ContentType) Build(string source, string scenario)
    {
        var fixture = WebhookServer.Fixture(source switch
        {
            "alertmanager" => "alertmanager-resolved.json",
            "azure-monitor" => "azure-monitor-resolved.json",
            _ => "pagerduty-incident.resolved.json",
        });
        var huge = new string('x', 600_000);
        string? text = scenario switch
        {
            "truncated" => fixture[..(fixture.Length / 2)],
            "empty" => "",
            "deep nesting" => new string('[', 5000) + new string(']', 5000),
            "root array" => "[]",
            "root null" => "null",
            "empty object" => "{}",
            "oversized" => $"{{\"padding\": \"{new string('y', 1_100_000)}\", " + fixture.TrimStart()[1..],
            "wrong content type" => fixture,
            "huge string in a checked field" => source switch
            {
                "alertmanager" => fixture.Replace("\"version\": \"4\"", $"\"version\": \"{huge}\""),
                "azure-monitor" => fixture.Replace("\"azureMonitorCommonAlertSchema\"", $"\"{huge}\""),
                _ => fixture.Replace("\"2025-02-09T10:39:20Z\"", $"\"{huge}\""),
            },
            "alerts is a string" => fixture.Replace("\"alerts\": [", "\"alerts\": \"none\", \"ignored\": ["),
            "alert without startsAt" => fixture.Replace("\"startsAt\"", "\"startedAt\""),
            "labels with a number" => fixture.Replace("\"instance\": \"checkout-1:8080\" }", "\"instance\": 8080 }"),
            "unknown version" => fixture.Replace("\"version\": \"4\"", "\"version\": \"3\""),
            "no alerts" => fixture.Replace("\"alerts\": [", "\"alerts\": [], \"ignored\": ["),
            "unknown schema" => fixture.Replace("azureMonitorCommonAlertSchema", "AzureMonitorMetricAlert"),
            "severity is a number" => fixture.Replace("\"Sev1\"", "1"),
            "no essentials" => fixture.Replace("\"essentials\"", "\"essential\""),
            "bad time" => fixture.Replace("2025-02-09T10:07:31.4330000Z", "yesterday"),
            "event is an array" => """{"event": []}""",
            "no event id" => fixture.Replace("\"id\": \"01DEN4HPBQAJ8GNC7OM0RMPAAF\",", ""),
            "data without incident id" => fixture.Replace("\"id\": \"Q1ZN9YB4HP5Q6X\",", ""),
            _ => null,
        };
        if (scenario == "invalid utf-8")
        {
            var bytes = Encoding.UTF8.GetBytes(fixture).ToList();
            var at = fixture.IndexOf("HighErrorRate", StringComparison.Ordinal) is >= 0 and var i ? i : fixture.IndexOf("Sev1", StringComparison.Ordinal) is >= 0 and var j ? j : fixture.IndexOf("Rui", StringComparison.Ordinal);
            bytes.InsertRange(at, [0xC3, 0x28, 0xFF]);
            return ([.. bytes], "application/json");
        }
        Assert.NotNull(text);
        Assert.True(scenario == "wrong content type" || text != fixture, $"The scenario '{scenario}' did not change the {source} fixture.");
        return (Encoding.UTF8.GetBytes(text), scenario == "wrong content type" ? "text/plain" : "application/json");
    }

    private Task<HttpResponseMessage> SendAsync(string source, byte[] body, string contentType)
    {
        var query = source == "azure-monitor" ? $"?token={WebhookServer.AzureSecret}" : "";
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/webhooks/{source}{query}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (source == "alertmanager")
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WebhookServer.BearerToken);
        }
        if (source == "pagerduty")
        {
            request.Headers.Add("X-PagerDuty-Signature", WebhookServer.PagerDutySignature(WebhookServer.NewPagerDutySecret, body));
        }
        return _client.SendAsync(request);
    }
}
