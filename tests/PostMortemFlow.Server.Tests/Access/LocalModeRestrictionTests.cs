using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PostMortemFlow.Server.Tests.Api;
using static PostMortemFlow.Server.Tests.Api.ApiJsonBodies;

namespace PostMortemFlow.Server.Tests.Access;

/// <summary>Without sign-in everyone is the local user: a restriction is kept, the pages say it needs sign-in, and nothing is hidden.</summary>
public sealed class LocalModeRestrictionTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Restricted_InLocalMode_IsKeptAndStillShown_AndThePagesSayRestrictionNeedsSignIn()
    {
        var body = Restricted(Declaration(DateTimeOffset.UtcNow.AddDays(1), "Local secret"), ["legal@example.com"]);

        var declared = await _client.PostAsync(new Uri("/api/postmortems", UriKind.Relative), Json(body));
        var id = (await declared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
        var view = await _client.GetFromJsonAsync<JsonElement>(new Uri($"/api/postmortems/{id}", UriKind.Relative));
        Assert.True(view.GetProperty("restricted").GetBoolean());
        Assert.Contains("Restriction needs sign-in", await _client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        var page = await _client.GetStringAsync(new Uri($"/postmortems/{id}/timeline", UriKind.Relative));
        Assert.Contains("Restriction needs sign-in", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge restricted\">Restricted</span>", page, StringComparison.Ordinal);
    }
}
