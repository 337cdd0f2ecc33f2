using System.Net.Http.Json;
using Microsoft.Playwright;
using PostMortemFlow.Server.Tests.TestData;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>The library in the browser: search from the header's link, filter, read the marked snippet, open the post-mortem.</summary>
[Collection(UiCollection.Name)]
public sealed class LibraryUiTests(UiServer server, ITestOutputHelper output)
{
    private async Task ShotAsync(IPage page, string name) => output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, name)}");

    [BrowserFact]
    public async Task Library_SearchAndFilter_ShowsMarkedSnippets_AndOpensThePostMortem()
    {
        var seed = UiData.Seed(DateTimeOffset.UtcNow.AddHours(-1));
        var id = await server.DeclareAsync(UiData.Declaration("Walrus gateway timeouts " + UiData.Xss, services: "walrus-gateway"));
        (await server.Api.PutAsJsonAsync($"/api/postmortems/{id}/analysis", UiData.HostileAnalysis(seed), UiJson.Options)).EnsureSuccessStatusCode();
        var page = await server.NewPageAsync();

        await page.GotoAsync("/");
        await page.ClickAsync("nav >> text=Library");
        await page.WaitForURLAsync("**/library");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Library of post-mortems");
        await page.FillAsync("#library-q", "walrus \"connection pool\"");
        await page.SelectOptionAsync("#library-severity", "Sev2");
        await page.ClickAsync("#library-search");

        var hit = page.Locator($"#library-hits li[data-id='{id}']");
        await Assertions.Expect(hit).ToBeVisibleAsync();
        await Assertions.Expect(hit.Locator("h3 mark")).ToHaveTextAsync("Walrus");
        await Assertions.Expect(hit.Locator(".snippet mark").First).ToBeVisibleAsync();
        await Assertions.Expect(hit.Locator(".badge.draft")).ToContainTextAsync("Draft");
        await Assertions.Expect(page.Locator("#library-severity")).ToHaveValueAsync("Sev2");
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss"));
        await ShotAsync(page, "library-01-search");

        await page.SelectOptionAsync("#library-severity", "Sev0");
        await page.ClickAsync("#library-search");
        await Assertions.Expect(page.Locator("#no-hits")).ToBeVisibleAsync();

        await page.GotoAsync("/library?from=not-a-date");
        await Assertions.Expect(page.Locator("#library-problems")).ToContainTextAsync("from");
        await ShotAsync(page, "library-02-bad-filter");

        await page.GotoAsync("/library?q=walrus");
        await page.ClickAsync($"#library-hits li[data-id='{id}'] h3 a");
        await page.WaitForURLAsync($"**/postmortems/{id}**");
        await ShotAsync(page, "library-03-opened");
    }
}
