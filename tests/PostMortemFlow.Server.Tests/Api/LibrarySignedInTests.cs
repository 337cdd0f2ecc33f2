using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using PostMortemFlow.Server.Tests.Persistence;
using PostMortemFlow.Server.Tests.Ui;
using static PostMortemFlow.Server.Tests.Api.ApiJsonBodies;

namespace PostMortemFlow.Server.Tests.Api;

/// <summary>The library with Entra sign-in on: a draft is found by its own people only, by the API and the page alike.</summary>
public sealed class LibrarySignedInTests(EntraServerFactory factory) : IClassFixture<EntraServerFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private HttpClient As(string user) => factory.ClientAs(user);

    [Fact]
    public async Task Draft_IsFoundByItsAuthor_NotByAnOutsider()
    {
        var author = As("ana@example.com");
        var outsider = As("someone@example.com");
        var declared = await author.PostAsync("/api/postmortems", Json(Declaration(DateTimeOffset.UtcNow.AddDays(1), "Quokka batch job overran its window")));
        Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
        var id = (await declared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var found = await Eventually.ReachAsync(() => author.GetFromJsonAsync<JsonElement>("/api/library?q=quokka"),
            r => r.GetProperty("total").GetInt32() == 1, Patience);

        Assert.Equal(id, found.GetProperty("hits")[0].GetProperty("id").GetString());
        Assert.Equal(0, (await outsider.GetFromJsonAsync<JsonElement>("/api/library?q=quokka")).GetProperty("total").GetInt32());
        var outsiderPage = await outsider.GetStringAsync("/library?q=quokka");
        Assert.Contains("id=\"no-hits\"", outsiderPage, StringComparison.Ordinal);
        Assert.DoesNotContain(id, outsiderPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/postmortems/{id}\"", await author.GetStringAsync("/library?q=quokka"), StringComparison.Ordinal);
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/library?q=quokka")).StatusCode);
    }
}
