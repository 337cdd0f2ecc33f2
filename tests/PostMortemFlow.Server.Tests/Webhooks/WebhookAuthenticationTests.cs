using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PostMortemFlow.Server.Tests.Webhooks;

/// <summary>Each source's credentials: accepted when right, 401 and nothing stored when wrong.</summary>
public sealed class WebhookAuthenticationTests(WebhookServer server) : IClassFixture<WebhookServer>
{
    private readonly HttpClient _client = server.CreateClient();

    public static TheoryData<string, string[], HttpStatusCode> PagerDutySignatures() => new()
    {
        { "old secret", [WebhookServer.OldPagerDutySecret], HttpStatusCode.Accepted },
        { "new secret", [WebhookServer.NewPagerDutySecret], HttpStatusCode.Accepted },
        { "rotation: unknown then new", ["retired-secret", WebhookServer.NewPagerDutySecret], HttpStatusCode.Accepted },
        { "unknown secret", ["retired-secret"], HttpStatusCode.Unauthorized },
        { "no signature", [], HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(PagerDutySignatures))]
    public async Task PagerDuty_Signature_DecidesAcceptance(string scenario, string[] secrets, HttpStatusCode expected)
    {
        var body = Encoding.UTF8.GetBytes(WebhookServer.Fixture("pagerduty-incident.triggered.json").Replace("Q1ZN9YB4HP5Q6X", "PSIG" + Math.Abs(scenario.GetHashCode())));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/pagerduty") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (secrets.Length > 0)
        {
            request.Headers.Add("X-PagerDuty-Signature", string.Join(", ", secrets.Select(s => WebhookServer.PagerDutySignature(s, body))));
        }

        using var response = await _client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task PagerDuty_TamperedBody_IsRefusedAndNothingIsStored()
    {
        var original = Encoding.UTF8.GetBytes(WebhookServer.Fixture("pagerduty-incident.triggered.json").Replace("Q1ZN9YB4HP5Q6X", "PTAMPERED"));
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(original).Replace("\"P1\"", "\"P5\""));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/pagerduty") { Content = new ByteArrayContent(tampered) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-PagerDuty-Signature", WebhookServer.PagerDutySignature(WebhookServer.NewPagerDutySecret, original));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var incident = await _client.GetAsync("/api/incidents/pagerduty:PTAMPERED");
        Assert.Equal(HttpStatusCode.NotFound, incident.StatusCode);
    }

    public static TheoryData<string, string?, HttpStatusCode> AlertmanagerCredentials() => new()
    {
        { "Bearer", WebhookServer.BearerToken, HttpStatusCode.Accepted },
        { "Bearer", "not-the-token", HttpStatusCode.Unauthorized },
        { "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{WebhookServer.BasicUser}:{WebhookServer.BasicPassword}")), HttpStatusCode.Accepted },
        { "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{WebhookServer.BasicUser}:wrong")), HttpStatusCode.Unauthorized },
        { "Basic", "%%%not-base64", HttpStatusCode.Unauthorized },
        { "None", null, HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(AlertmanagerCredentials))]
    public async Task Alertmanager_Credentials_DecideAcceptance(string scheme, string? credentials, HttpStatusCode expected)
    {
        var body = WebhookServer.Fixture("alertmanager-firing.json").Replace("HighErrorRate", $"Auth{scheme}{expected}{credentials?.Length}");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/alertmanager") { Content = WebhookServer.Json(body) };
        if (credentials is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"{scheme} {credentials}");
        }

        using var response = await _client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData(WebhookServer.AzureSecret, HttpStatusCode.Accepted)]
    [InlineData("wrong-secret", HttpStatusCode.Unauthorized)]
    [InlineData("", HttpStatusCode.Unauthorized)]
    public async Task AzureMonitor_UrlToken_DecidesAcceptance(string token, HttpStatusCode expected)
    {
        using var response = await _client.PostAsync($"/api/webhooks/azure-monitor?token={Uri.EscapeDataString(token)}", WebhookServer.Json(AzureBody($"url-{token.Length}")));

        Assert.Equal(expected, response.StatusCode);
    }

    public static TheoryData<string, HttpStatusCode> EntraTokens() => new()
    {
        { "valid", HttpStatusCode.Accepted },
        { "wrong audience", HttpStatusCode.Unauthorized },
        { "wrong issuer", HttpStatusCode.Unauthorized },
        { "expired", HttpStatusCode.Unauthorized },
        { "other key", HttpStatusCode.Unauthorized },
        { "not a jwt", HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(EntraTokens))]
    public async Task AzureMonitor_EntraToken_DecidesAcceptance(string scenario, HttpStatusCode expected)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = scenario == "wrong issuer" ? "https://login.microsoftonline.com/someone-else/v2.0" : WebhookServer.EntraIssuer,
            Audience = scenario == "wrong audience" ? "api://another-app" : WebhookServer.EntraAudience,
            NotBefore = scenario == "expired" ? now.AddHours(-3) : now.AddMinutes(-1),
            IssuedAt = scenario == "expired" ? now.AddHours(-3) : now.AddMinutes(-1),
            Expires = scenario == "expired" ? now.AddHours(-2) : now.AddMinutes(30),
            Subject = new ClaimsIdentity([new Claim("appid", "461e8683-5575-4561-ac7f-899cc907d62a"), new Claim("roles", "ActionGroupsSecureWebhook")]),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(scenario == "other key" ? RSA.Create(2048) : WebhookServer.EntraKey), SecurityAlgorithms.RsaSha256),
        };
        var token = scenario == "not a jwt" ? "abc.def" : new JsonWebTokenHandler().CreateToken(descriptor);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/azure-monitor") { Content = WebhookServer.Json(AzureBody("jwt-" + scenario.Length)) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await _client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    private static string AzureBody(string id) =>
        WebhookServer.Fixture("azure-monitor-fired.json").Replace("b9569717-bc32-442f-add5-83a997729330", $"auth-{id}");
}
