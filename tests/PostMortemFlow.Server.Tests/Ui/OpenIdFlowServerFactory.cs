using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>The server with Entra ID sign-in where people sign in only as a browser does: through <see cref="FakeOpenIdProvider"/>'s code flow, ending in the app's cookie.</summary>
public sealed class OpenIdFlowServerFactory : EntraServerFactory
{
    protected override bool SignsInTestUsers => false;

    /// <summary>A client that went through the sign-in: challenge, the provider's authorize endpoint, the app's callback; it then carries the app's cookie.</summary>
    public async Task<HttpClient> SignInAsync(string user, params string[] groups)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var challenge = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var authorize = new HttpRequestMessage(HttpMethod.Get, challenge.Headers.Location);
        authorize.Headers.Add(FakeOpenIdProvider.UserHeader, user);
        authorize.Headers.Add(FakeOpenIdProvider.GroupsHeader, string.Join(",", groups));
        var back = await browser.SendAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);

        var callback = await client.GetAsync(back.Headers.Location);
        Assert.True(callback.StatusCode == HttpStatusCode.Redirect, $"The sign-in callback answered {(int)callback.StatusCode}: {await callback.Content.ReadAsStringAsync()}");
        return client;
    }
}
