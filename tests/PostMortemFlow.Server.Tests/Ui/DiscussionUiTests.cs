using System.Net.Http.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>The discussion page: a thread on a timeline row, a reply, the thread resolved and re-opened; comment text shown as text.</summary>
[Collection(UiCollection.Name)]
public sealed class DiscussionUiTests(UiServer server, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task AThreadOnARow_IsRepliedTo_ResolvedAndReopened_At1280And390()
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var end = DateTimeOffset.UtcNow.AddHours(-1);
            var id = await server.DeclareWithTimelineAsync($"Slow checkout at {width}", end);
            var page = await server.NewPageAsync(width, width == 390 ? 844 : 900);
            await page.GotoAsync($"/postmortems/{id}/discussion");

            await page.SelectOptionAsync("#comment-anchor", "timeline[0]");
            await page.FillAsync("#comment-text", "Was <b>this</b> the first symptom? @mei@example.com");
            await page.ClickAsync("#add-comment");
            await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Comment added");
            await Assertions.Expect(page.Locator("#comment-C1 .text")).ToHaveTextAsync("Was <b>this</b> the first symptom? @mei@example.com");
            await page.FillAsync("#reply-C1", "Yes, the dashboards showed it two minutes earlier.");
            await page.ClickAsync("#comment-C1 .reply button");
            await Assertions.Expect(page.Locator("#comment-C2")).ToContainTextAsync("two minutes earlier");
            Assert.Empty(await ControlMeasurements.ProblemsAsync(page));
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, $"discussion-{width}")}");

            await page.ClickAsync("#resolve-C1");
            await Assertions.Expect(page.Locator("#comment-C1")).ToContainTextAsync("Resolved by");
            var comments = await server.Api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/postmortems/{id}/comments");
            Assert.Equal((0, 2), (comments.GetProperty("open").GetInt32(), comments.GetProperty("comments").GetArrayLength()));
            await page.ClickAsync("#resolve-C1");
            await Assertions.Expect(page.Locator("#comment-C1")).Not.ToContainTextAsync("Resolved by");
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, $"discussion-{width}-reopened")}");
        }
    }
}
