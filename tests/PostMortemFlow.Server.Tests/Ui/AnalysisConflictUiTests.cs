using System.Net.Http.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>Two reviewers edit the same analysis at once: the second save is shown the first one's change and merges field by field in one click.</summary>
[Collection(UiCollection.Name)]
public sealed class AnalysisConflictUiTests(UiServer server, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task TwoReviewers_SecondSaveSeesTheFirstsChange_AndMergesTheFieldsItChanged_At1280And390()
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var end = DateTimeOffset.UtcNow.AddHours(-1);
            var id = await server.DeclareAsync(UiData.Declaration($"Cache stampede at {width}", end));
            var ana = await server.NewPageAsync(width, width == 390 ? 844 : 900);
            var rui = await server.NewPageAsync(width, width == 390 ? 844 : 900);
            await ana.GotoAsync($"/postmortems/{id}/analysis");
            await rui.GotoAsync($"/postmortems/{id}/analysis");

            await ana.FillAsync("#Form_Summary", "Checkout answered slowly for forty minutes while the cache refilled.");
            await ana.ClickAsync("#save");
            await Assertions.Expect(ana.Locator(".flash")).ToBeVisibleAsync();
            await rui.FillAsync("#Form_RootCause", "Every cache entry expired at the same moment, so all reads went to the database together.");
            await rui.ClickAsync("#save");

            await Assertions.Expect(rui.Locator("#conflict")).ToBeVisibleAsync();
            await Assertions.Expect(rui.Locator("#changed-since")).ToContainTextAsync("while the cache refilled");
            await Assertions.Expect(rui.Locator("#Form_RootCause")).ToHaveValueAsync("Every cache entry expired at the same moment, so all reads went to the database together.");
            Assert.Empty(await ControlMeasurements.ProblemsAsync(rui));
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(rui, $"analysis-conflict-{width}")}");

            await rui.ClickAsync("#merge");
            await Assertions.Expect(rui.Locator(".flash")).ToBeVisibleAsync();
            var pm = (await server.Api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/postmortems/{id}")).GetProperty("postMortem");
            Assert.Equal("Checkout answered slowly for forty minutes while the cache refilled.", pm.GetProperty("summary").GetString());
            Assert.Equal("Every cache entry expired at the same moment, so all reads went to the database together.", pm.GetProperty("rootCause").GetString());
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(rui, $"analysis-conflict-{width}-merged")}");
        }
    }
}
