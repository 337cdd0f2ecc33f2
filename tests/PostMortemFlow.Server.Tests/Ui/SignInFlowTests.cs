namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>A person signs in through the provider's code flow and the app knows them by the id token's claims.</summary>
public sealed class SignInFlowTests(OpenIdFlowServerFactory factory) : IClassFixture<OpenIdFlowServerFactory>
{
    [Fact]
    public async Task SignIn_ThroughTheProvider_TheAppShowsTheUserFromTheIdToken()
    {
        var client = await factory.SignInAsync("grace@example.com");

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("Signed in as <strong>grace@example.com</strong>", html, StringComparison.Ordinal);
    }
}
