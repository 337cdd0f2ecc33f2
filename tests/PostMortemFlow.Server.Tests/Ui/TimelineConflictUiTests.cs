using System.Net.Http.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>
/// Two reviewers edit the same timeline at once: the second save is shown the first one's change, keeps its own text,
/// and applies it on top in one click; the history lists both, and an earlier version is shown and restored.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class TimelineConflictUiTests(UiServer server, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task TwoReviewers_SecondSaveSeesTheFirstsChange_KeepsItsText_AndReappliesOnTop_At1280And390()
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var end = DateTimeOffset.UtcNow.AddHours(-1);
            var seed = UiData.Seed(end);
            var id = await server.DeclareWithTimelineAsync($"Queue backlog at {width}", end);
            var ana = await server.NewPageAsync(width, width == 390 ? 844 : 900);
            var rui = await server.NewPageAsync(width, width == 390 ? 844 : 900);
            await ana.GotoAsync($"/postmortems/{id}/timeline");
            await rui.GotoAsync($"/postmortems/{id}/timeline");

            await ana.FillAsync("#Rows_0__Event", "Ana: the first alert fired on queue depth");
            await ana.ClickAsync("text=Save timeline");
            await Assertions.Expect(ana.Locator(".flash")).ToContainTextAsync("Timeline saved");
            await rui.FillAsync("#Rows_1__Event", "Rui: consumers stopped acknowledging");
            await rui.ClickAsync("text=Save timeline");

            await Assertions.Expect(rui.Locator("#conflict")).ToBeVisibleAsync();
            await Assertions.Expect(rui.Locator("#conflict")).ToContainTextAsync("Ana: the first alert fired on queue depth");
            await Assertions.Expect(rui.Locator("#changed-since")).ToContainTextAsync("timeline[0].event");
            await Assertions.Expect(rui.Locator("#Rows_1__Event")).ToHaveValueAsync("Rui: consumers stopped acknowledging");
            Assert.Empty(await ControlMeasurements.ProblemsAsync(rui));
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(rui, $"timeline-conflict-{width}")}");

            // Re-applied on top in one click: Ana's row stays as she wrote it, Rui's row is his, nobody typed anything twice.
            await rui.ClickAsync("#merge");
            await Assertions.Expect(rui.Locator(".flash")).ToContainTextAsync("Timeline saved");
            var timeline = (await server.Api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/postmortems/{id}"))
                .GetProperty("postMortem").GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("event").GetString()).ToList();
            Assert.Contains("Ana: the first alert fired on queue depth", timeline);
            Assert.Contains("Rui: consumers stopped acknowledging", timeline);
            Assert.Equal(seed.Timeline.Count, timeline.Count);
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(rui, $"timeline-conflict-{width}-reapplied")}");

            // Both edits are in the history; the version before them is shown and restored as an edit of its own.
            await rui.GotoAsync($"/postmortems/{id}/changes");
            await Assertions.Expect(rui.Locator("#history")).ToContainTextAsync("Rui: consumers stopped acknowledging");
            var anas = await rui.Locator("#history .changes > li", new() { HasText = "Ana: the first alert fired on queue depth" }).GetAttributeAsync("id");
            var before = long.Parse(anas!["change-".Length..], System.Globalization.CultureInfo.InvariantCulture) - 1;
            await rui.GotoAsync($"/postmortems/{id}/changes?version={before}#version");
            await Assertions.Expect(rui.Locator("#version")).ToContainTextAsync(seed.Timeline[0].Event);
            Assert.Empty(await ControlMeasurements.ProblemsAsync(rui));
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(rui, $"changes-{width}")}");
            await rui.ClickAsync("#restore-timeline");
            await Assertions.Expect(rui.Locator(".flash")).ToContainTextAsync($"version {before} is restored");
            await Assertions.Expect(rui.Locator("#history")).ToContainTextAsync($"restored the timeline of version {before}");
            var restored = (await server.Api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/postmortems/{id}"))
                .GetProperty("postMortem").GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("event").GetString()).ToList();
            Assert.Equal(seed.Timeline.Select(e => e.Event), restored);
        }
    }
}
