using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using PostMortemFlow.Api.Library;
using PostMortemFlow.Server.Tests.Persistence;
using PostMortemFlow.Server.Tests.Ui;
using static PostMortemFlow.Server.Tests.Library.ImportFiles;
using PostMortemFlow.Integrations.Imports;

namespace PostMortemFlow.Server.Tests.Library;

/// <summary>With Entra sign-in on, an import through the library page can be restricted: hidden from outsiders everywhere.</summary>
public sealed partial class RestrictedImportTests(EntraServerFactory factory) : IClassFixture<EntraServerFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private HttpClient As(string user) => factory.ClientAs(user);

    [Fact]
    public async Task RestrictedImport_IsSeenByTheImporterAndTheNamed_NotByAnOutsider()
    {
        var importer = As("ana@example.com");
        var named = As("legal@example.com");
        var outsider = As("someone@example.com");
        var name = $"security/{Guid.NewGuid():N}.md";
        var form = Form(Text(name, NearMiss("Wombat credentials were exposed in a build log", "Build logs were kept without redaction.")));
        form.Add(new StringContent("true"), "restricted");
        form.Add(new StringContent("legal@example.com"), "people");
        form.Add(new StringContent(await TokenAsync(importer)), "__RequestVerificationToken");

        var page = await importer.PostAsync("/library?handler=Import", form);

        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("1 imported, 0 updated, 0 unchanged", html, StringComparison.Ordinal);
        var id = LibraryImports.IdOf(name);
        var view = await importer.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}");
        Assert.Equal(["ana@example.com", "legal@example.com"], view.GetProperty("restriction").GetProperty("people").EnumerateArray().Select(p => p.GetString()));
        await Eventually.ReachAsync(() => named.GetFromJsonAsync<JsonElement>("/api/library?q=wombat"), r => r.GetProperty("total").GetInt32() == 1, Patience);
        Assert.Equal(0, (await outsider.GetFromJsonAsync<JsonElement>("/api/library?q=wombat")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/postmortems/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/postmortems/{id}/original")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await named.GetAsync($"/api/postmortems/{id}/original")).StatusCode);
        var category = view.GetProperty("postMortem").GetProperty("analysis").GetProperty("factors")[0].GetProperty("category").GetString();
        var matches = $"/api/insights/factor-matches?category={category}&text={Uri.EscapeDataString("Build logs were kept without redaction.")}";
        Assert.Contains((await named.GetFromJsonAsync<JsonElement>(matches)).GetProperty("matches").EnumerateArray(), m => m.GetProperty("postMortemId").GetString() == id);
        Assert.DoesNotContain((await outsider.GetFromJsonAsync<JsonElement>(matches)).GetProperty("matches").EnumerateArray(), m => m.GetProperty("postMortemId").GetString() == id);
    }

    [Fact]
    public async Task SignedInImport_WithoutThePagesToken_IsRefused_AndKeepsNothing()
    {
        var name = $"{Guid.NewGuid():N}.md";

        var response = await As("ana@example.com").PostAsync("/api/library/import", Form(Text(name, NearMiss("Posted from elsewhere", "A factor."))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("__RequestVerificationToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await As("ana@example.com").GetAsync($"/api/postmortems/{LibraryImports.IdOf(name)}")).StatusCode);
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var library = await client.GetStringAsync("/library");
        return TokenField().Match(library).Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
