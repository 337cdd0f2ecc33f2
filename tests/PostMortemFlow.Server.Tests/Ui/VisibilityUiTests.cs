using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>The "Who can see it" panel of a step page in the browser: restrict, see the badge and the history, open it again.</summary>
[Collection(UiCollection.Name)]
public sealed class VisibilityUiTests(UiServer server, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Panel_RestrictThenOpen_ShowsTheBadgeAndSaysRestrictionNeedsSignIn_ReadableAt1280And390()
    {
        var id = await server.DeclareAsync(UiData.Declaration("Customer records exposed"));
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await server.NewPageAsync(width, width == 390 ? 844 : 900);
            await page.GotoAsync($"/postmortems/{id}/timeline");
            await page.ClickAsync("#visibility > summary");
            await Assertions.Expect(page.Locator("#visibility .note")).ToContainTextAsync("Restriction needs sign-in");
            await page.CheckAsync("#restricted");
            await page.FillAsync("#restricted-people", "legal@example.com");
            await page.FillAsync("#restricted-groups", "6d0c1f3e-5b4a-4c2d-9e8f-7a6b5c4d3e2f");
            Assert.Empty(await ControlMeasurements.ProblemsAsync(page));
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, $"visibility-{width}-panel")}");
            await page.ClickAsync("#visibility button[type=submit]");

            await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Restricted");
            await Assertions.Expect(page.Locator(".pm-head .badge.restricted")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#restricted-people")).ToHaveValueAsync("legal@example.com");
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, $"visibility-{width}-restricted")}");

            await page.ClickAsync("#visibility > summary");
            await page.UncheckAsync("#restricted");
            await page.ClickAsync("#visibility button[type=submit]");
            await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Visible to everyone");
            await Assertions.Expect(page.Locator(".pm-head .badge.restricted")).ToHaveCountAsync(0);
        }
    }
}
