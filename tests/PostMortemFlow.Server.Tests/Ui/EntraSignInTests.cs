using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using static PostMortemFlow.Server.Tests.Api.ApiJsonBodies;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>With <c>AzureAd</c> configured the pages and the API need an Entra sign-in; health, readiness, metrics, webhooks and review links do not.</summary>
public sealed class EntraSignInTests(EntraServerFactory factory) : IClassFixture<EntraServerFactory>
{
    private const string User = "ada@contoso.example";

    private readonly HttpClient _anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private HttpClient SignedIn()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestUserHandler.Header, User);
        return client;
    }

    [Fact]
    public async Task Page_Anonymous_RedirectsToTheAuthorizationEndpoint()
    {
        var response = await _anonymous.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(factory.Provider.AuthorizationEndpoint, location.GetLeftPart(UriPartial.Path));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(EntraServerFactory.ClientId, query["client_id"].ToString());
        Assert.EndsWith("/signin-oidc", query["redirect_uri"].ToString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(query["response_type"].ToString()));
        Assert.Contains("openid", query["scope"].ToString().Split(' '));
    }

    [Fact]
    public async Task Health_Anonymous_Is200()
    {
        Assert.Equal(HttpStatusCode.OK, (await _anonymous.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ReadinessAndMetrics_Anonymous_Are200()
    {
        Assert.Equal(HttpStatusCode.OK, (await _anonymous.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _anonymous.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Api_Anonymous_Is401NotARedirect()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.GetAsync(new Uri("/api/postmortems", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.PostAsync(new Uri("/api/postmortems", UriKind.Relative), Json(Declaration(DateTimeOffset.UtcNow)))).StatusCode);
    }

    [Fact]
    public async Task ReviewLink_Anonymous_IsReachable()
    {
        var response = await _anonymous.GetAsync(new Uri("/review/not-a-token", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Webhook_Anonymous_ReachesItsOwnCheck()
    {
        var response = await _anonymous.PostAsync(new Uri("/api/webhooks/alertmanager", UriKind.Relative), Json(new { }));

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Page_SignedIn_ShowsTheUserAndASignOutLink()
    {
        var html = await SignedIn().GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains($"Signed in as <strong>{User}</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/signout\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Local mode", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_SignedIn_RecordsActionsUnderTheSignedInUser()
    {
        var client = SignedIn();
        var declared = await client.PostAsync(new Uri("/api/postmortems", UriKind.Relative), Json(Declaration(DateTimeOffset.UtcNow.AddDays(1), "Entra sign-in")));
        Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
        var id = (await declared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var cancelled = await client.PostAsync(new Uri($"/api/postmortems/{id}/cancel", UriKind.Relative), Json(new { by = "someone-else", reason = "duplicate" }));

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var history = (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("history");
        var last = history[history.GetArrayLength() - 1];
        Assert.Equal("Cancelled", last.GetProperty("to").GetString());
        Assert.Equal(User, last.GetProperty("by").GetString());
    }
}
