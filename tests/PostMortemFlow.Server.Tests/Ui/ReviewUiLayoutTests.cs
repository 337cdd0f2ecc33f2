using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Playwright;
using PostMortemFlow.Server.Features.Postmortems;
using PostMortemFlow.Server.Tests.TestData;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Ui;

[Collection(UiCollection.Name)]
public sealed class ReviewUiLayoutTests(UiServer server, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task EveryPage_At1280And390Pixels_HasNoHorizontalOverflow()
    {
        var end = DateTimeOffset.UtcNow.AddHours(-1);
        var seed = UiData.Seed(end);
        var id = await server.DeclareAsync(UiData.Declaration("API degradation: orders-db pool exhausted", end));
        (await server.Api.PutAsJsonAsync($"/api/postmortems/{id}/timeline", new TimelineRequest { Entries = [.. seed.Timeline] }, UiJson.Options)).EnsureSuccessStatusCode();
        (await server.Api.PutAsJsonAsync($"/api/postmortems/{id}/analysis", SeedPostMortem.AnalysisOf(seed), UiJson.Options)).EnsureSuccessStatusCode();
        var pages = new (string Name, string Path)[]
        {
            ("home", "/"), ("timeline", $"/postmortems/{id}/timeline"), ("evidence", $"/postmortems/{id}/evidence"),
            ("analysis", $"/postmortems/{id}/analysis"), ("report", $"/postmortems/{id}/report"), ("follow-through", $"/postmortems/{id}/follow-through"),
        };

        foreach (var width in new[] { 1280, 390 })
        {
            var page = await server.NewPageAsync(width, width == 390 ? 844 : 900);
            foreach (var (name, path) in pages)
            {
                await page.GotoAsync(path);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, $"width-{width}-{name}")}");
                var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
                var (scroll, inner) = (widths[0], widths[1]);
                Assert.True(scroll <= inner, $"{name} at {width}px scrolls sideways: {scroll} > {inner}");
            }
        }
    }

    [BrowserFact]
    public async Task DeclareForm_WithTheKeyboardOnly_CreatesThePostmortem()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/");
        var start = DateTimeOffset.UtcNow.AddHours(-2).UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

        for (var i = 0; i < 300 && await FocusedIdAsync(page) != "Form_Title"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Equal("Form_Title", await FocusedIdAsync(page));
        await page.Keyboard.TypeAsync("Keyboard-only near miss");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Form_Severity", await FocusedIdAsync(page));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        foreach (var (field, text) in new[] { ("Form_Services", "search-api"), ("Form_StartedAt", start), ("Form_EndedAt", ""), ("Form_Authors", "ana@example.com"), ("Form_Reviewers", "rui@example.com"), ("Form_Sponsor", "") })
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal(field, await FocusedIdAsync(page));
            await page.Keyboard.TypeAsync(text);
        }
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Form_NearMiss", await FocusedIdAsync(page));
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/postmortems/[^/]+/timeline"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Keyboard-only near miss");
        await Assertions.Expect(page.Locator(".pm-head .facts")).ToContainTextAsync("Sev3");
        await Assertions.Expect(page.Locator(".pm-head .facts")).ToContainTextAsync("Near miss");
        output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, "keyboard-declared")}");
    }

    private static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''");
}
