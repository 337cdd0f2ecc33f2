using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PostMortemFlow.Server.Tests.Webhooks;

/// <summary>
/// The whole server in process with its own data folder and silo ports, so several can run side by side, and the
/// test secrets of every source.
/// </summary>
public class WebhookServer : WebApplicationFactory<Program>
{
    public const string BearerToken = "am-bearer-test-token";
    public const string BasicUser = "alertmanager";
    public const string BasicPassword = "am-basic-test-password";
    public const string AzureSecret = "az-url-test-secret";
    public const string OldPagerDutySecret = "pd-old-test-secret";
    public const string NewPagerDutySecret = "pd-new-test-secret";
    public const string EntraAudience = "api://postmortemflow-tests";
    public const string EntraIssuer = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001/v2.0";

    /// <summary>The key the test Entra tokens are signed with; its public half is configured as a signing key.</summary>
    public static readonly RSA EntraKey = RSA.Create(2048);

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "pmf-webhooks-" + Guid.NewGuid().ToString("N"));

    protected virtual bool WithSecrets => true;

    protected virtual IDictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataPath"] = _dataPath,
            ["Cluster:SiloPort"] = FreePort().ToString(),
            ["Cluster:GatewayPort"] = FreePort().ToString(),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Intake:Authors:0"] = "oncall@example.com",
            ["Intake:Reviewers:0"] = "sre-lead@example.com",
            ["Intake:Sponsor"] = "vp@example.com",
            ["Intake:Services:checkout-api:Authors:0"] = "checkout-team@example.com",
        };
        if (WithSecrets)
        {
            settings["Webhooks:Alertmanager:BearerToken"] = BearerToken;
            settings["Webhooks:Alertmanager:BasicAuth"] = $"{BasicUser}:{BasicPassword}";
            settings["Webhooks:AzureMonitor:Secret"] = AzureSecret;
            settings["Webhooks:AzureMonitor:EntraAudience"] = EntraAudience;
            settings["Webhooks:AzureMonitor:EntraIssuer"] = EntraIssuer;
            settings["Webhooks:AzureMonitor:EntraSigningKeys:0"] = EntraKey.ExportSubjectPublicKeyInfoPem();
            settings["Webhooks:PagerDuty:SigningSecrets:0"] = OldPagerDutySecret;
            settings["Webhooks:PagerDuty:SigningSecrets:1"] = NewPagerDutySecret;
        }
        return settings;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "webhooks", name));

    public static HttpContent Json(string body) => new StringContent(body, Encoding.UTF8, "application/json");

    public static string PagerDutySignature(string secret, byte[] body) =>
        "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public Task<HttpResponseMessage> PostAlertmanagerAsync(HttpClient client, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/alertmanager") { Content = Json(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BearerToken);
        return client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAzureAsync(HttpClient client, string body) =>
        client.PostAsync($"/api/webhooks/azure-monitor?token={AzureSecret}", Json(body));

    public Task<HttpResponseMessage> PostPagerDutyAsync(HttpClient client, string body, string secret = NewPagerDutySecret)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/pagerduty") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-PagerDuty-Signature", PagerDutySignature(secret, bytes));
        return client.SendAsync(request);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadJsonAsync(response);
    }
}
