using System.Net.Http.Json;
using Microsoft.Playwright;
using PostMortemFlow.Api.PostMortems;
using PostMortemFlow.Server.Tests.TestData;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>The analysis page's live lint with both language rules: blame blocks approval, hindsight warns, and each rewrite clears it.</summary>
[Collection(UiCollection.Name)]
public sealed class LanguageLintUiTests(UiServer server, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task AnalysisPage_BlameAndHindsightTyped_ShowLiveAndRewritesClearThem_At1280And390()
    {
        var end = DateTimeOffset.UtcNow.AddHours(-1);
        var seed = UiData.Seed(end);
        var id = await server.DeclareAsync(UiData.Declaration("Queue backlog after the broker upgrade", end));
        (await server.Api.PutAsJsonAsync($"/api/postmortems/{id}/timeline", new TimelineRequest { Entries = [.. seed.Timeline] }, UiJson.Options)).EnsureSuccessStatusCode();
        (await server.Api.PostAsJsonAsync($"/api/postmortems/{id}/timeline/approve", new { by = "rui@example.com" }, UiJson.Options)).EnsureSuccessStatusCode();
        await server.WaitForPhaseAsync(id, "AnalysisReview");
        (await server.Api.PutAsJsonAsync($"/api/postmortems/{id}/analysis", SeedPostMortem.AnalysisOf(seed), UiJson.Options)).EnsureSuccessStatusCode();

        foreach (var width in new[] { 1280, 390 })
        {
            var page = await server.NewPageAsync(width, width == 390 ? 844 : 900);
            await page.GotoAsync($"/postmortems/{id}/analysis");
            await Assertions.Expect(page.Locator("#approve")).ToBeEnabledAsync();

            await page.FillAsync("#Form_Summary", "Jobs queued for two hours after the broker upgrade. jennifer failed to notice the backlog alert.");
            await page.FillAsync("#Form_RootCause", "The consumers kept a stale connection. A canary stage could have prevented the bad rollout.");
            var blame = page.Locator(".findings[data-for='Form_Summary'] .finding[data-rule='blameless-language']");
            var hindsight = page.Locator(".findings[data-for='Form_RootCause'] .finding[data-rule='hindsight-language']");
            await Assertions.Expect(blame).ToBeVisibleAsync();
            await Assertions.Expect(blame).ToHaveClassAsync("finding sev-Error");
            await Assertions.Expect(hindsight).ToBeVisibleAsync();
            await Assertions.Expect(hindsight).ToHaveClassAsync("finding sev-Warning");
            await Assertions.Expect(hindsight).ToContainTextAsync("could have prevented");
            await Assertions.Expect(page.Locator("#approve")).ToBeDisabledAsync();
            Assert.Empty(await ControlMeasurements.ProblemsAsync(page));
            await blame.ScrollIntoViewIfNeededAsync();
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, $"language-lint-{width}")}");

            await hindsight.Locator("button.rewrite").ClickAsync();
            await Assertions.Expect(page.Locator("#Form_RootCause")).ToHaveValueAsync(
                "The consumers kept a stale connection. What made this hard to see at the time, and which signal can show it next time?");
            await Assertions.Expect(hindsight).ToHaveCountAsync(0);
            await blame.Locator("button.rewrite").ClickAsync();
            await Assertions.Expect(page.Locator("#Form_Summary")).Not.ToHaveValueAsync(new System.Text.RegularExpressions.Regex("jennifer"));
            await Assertions.Expect(blame).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("#approve")).ToBeEnabledAsync();
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, $"language-lint-{width}-rewritten")}");
        }
    }
}
