using System.Net.Http.Json;
using Microsoft.Playwright;
using PostMortemFlow.Server.Features.PostMortems;
using PostMortemFlow.Server.Tests.TestData;

namespace PostMortemFlow.Server.Tests.Ui;

[Collection(UiCollection.Name)]
public sealed class ReviewUiSafetyTests(UiServer server)
{
    [BrowserFact]
    public async Task ScriptInEveryFreeTextField_NeverRunsInThePagesOrTheReport_AndShowsLiterally()
    {
        var end = DateTimeOffset.UtcNow.AddHours(-1);
        var seed = UiData.Seed(end);
        var title = $"XSS {UiData.Xss}";
        var id = await server.DeclareAsync(UiData.Declaration(title, end, services: $"api {UiData.Xss}", author: $"ana {UiData.Xss}",
            reviewer: $"rui {UiData.Xss}", sponsor: $"vp {UiData.Xss}"));
        var timeline = seed.Timeline.Select(e => e with { Event = $"{e.Event} {UiData.Xss}", Source = $"{e.Source} {UiData.Xss}", Actor = $"{e.Actor} {UiData.Xss}" });
        (await server.Api.PutAsJsonAsync($"/api/postmortems/{id}/timeline", new TimelineRequest { Entries = [.. timeline] }, UiJson.Options)).EnsureSuccessStatusCode();
        (await server.Api.PutAsJsonAsync($"/api/postmortems/{id}/analysis", UiData.HostileAnalysis(seed), UiJson.Options)).EnsureSuccessStatusCode();
        var page = await server.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        foreach (var path in new[] { "/", $"/postmortems/{id}/timeline", $"/postmortems/{id}/evidence", $"/postmortems/{id}/analysis",
                     $"/postmortems/{id}/report", $"/postmortems/{id}/follow-through", $"/api/postmortems/{id}/report.html" })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__xss === 'undefined'"), $"script ran on {path}");
            Assert.Contains(UiData.Xss, await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        }
        await page.GotoAsync($"/postmortems/{id}/analysis");
        await Assertions.Expect(page.Locator(".finding[data-rule='blameless-language']").First).ToBeVisibleAsync();
        await page.FillAsync("#Form_Summary", $"Live {UiData.Xss}");
        await page.WaitForSelectorAsync("#analysis-form[data-linted]");
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__xss === 'undefined'"), "script ran after live lint");
        Assert.Equal(0, dialogs);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
    }
}
