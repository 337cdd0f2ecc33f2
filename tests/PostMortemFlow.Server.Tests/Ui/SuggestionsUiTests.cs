using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PostMortemFlow.Api.PostMortems;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Integrations.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>
/// Drafting suggestions against a local chat-completions server: only grounded, blameless suggestions are shown with
/// their citations, and taking one is the reviewer's own edit, recorded as from a suggestion.
/// </summary>
public sealed class SuggestionsUiTests(ITestOutputHelper output)
{
    private const string Answer = """
        {"summary":[{"text":"Checkout requests failed while the database connection pool was exhausted.","cites":["T1","T3"]}],
         "impact":[],
         "rootCause":[{"text":"A search query held connections longer than the pool allowed.","cites":["T3"]},{"text":"Everyone knew this would happen.","cites":[]}],
         "factors":[{"sentences":[{"text":"No dashboard panel showed the pool's use.","cites":["T3"]}],"category":"Monitoring","firstWhy":"What showed the pool filling up?"},
                    {"sentences":[{"text":"Ana failed to notice the pool alert.","cites":["T2"]}],"category":"Runbook","firstWhy":""}],
         "questions":[],"lessons":[]}
        """;

    [BrowserFact]
    public async Task AnalysisPage_Suggest_ShowsOnlyGroundedBlamelessSuggestions_AndTakingOneIsTheReviewersEdit_At1280And390()
    {
        await using var chat = await FakeServer.StartAsync((context, _) => ChatCompletion.WriteAsync(context, Answer));
        var server = UiServer.With(new Dictionary<string, string>
        {
            ["Drafting:Provider"] = "OpenAICompatible",
            ["Drafting:Endpoint"] = new Uri(chat.BaseUrl, "v1/").ToString(),
            ["Drafting:Model"] = "ui-model",
            ["Drafting:ApiKey"] = "sk-ui-test",
        });
        await server.InitializeAsync();
        try
        {
            foreach (var width in new[] { 1280, 390 })
            {
                await SuggestAndTakeAsync(server, chat, width);
            }
            Assert.Equal(2, chat.Requests.Count);
            Assert.All(chat.Requests, request => Assert.DoesNotContain("Ana", request.Body, StringComparison.Ordinal));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private async Task SuggestAndTakeAsync(UiServer server, FakeServer chat, int width)
    {
        var end = DateTimeOffset.UtcNow.AddHours(-1);
        var id = await server.DeclareAsync(UiData.Declaration($"Checkout errors, suggestions {width}", end));
        var start = end.AddMinutes(-40);
        TimelineEntry Row(int minute, string actor, TimelineEntryKind kind, string text) => new() { Time = start.AddMinutes(minute), Actor = actor, Kind = kind, Event = text, Source = "chat" };
        (await server.Api.PutAsJsonAsync($"/api/postmortems/{id}/timeline", new TimelineRequest
        {
            Entries =
            [
                Row(0, "System", TimelineEntryKind.FirstSymptom, "Checkout error rate above its baseline") with { EvidenceRef = $"postmortems/{id}/evidence/prometheus/checkout_errors.json" },
                Row(8, "Ana", TimelineEntryKind.Acknowledged, "Page acknowledged"),
                Row(30, "Ana", TimelineEntryKind.Diagnosed, "Database connection pool found exhausted by the search query"),
                Row(40, "System", TimelineEntryKind.Recovered, "Checkout error rate back to its baseline"),
            ],
        }, UiJson.Options)).EnsureSuccessStatusCode();

        var page = await server.NewPageAsync(width, width == 390 ? 844 : 900);
        await page.GotoAsync($"/postmortems/{id}/analysis");
        await page.ClickAsync("#suggest");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Asked for suggestions");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await page.Locator("article.suggestion").CountAsync() == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            await page.ReloadAsync();
        }

        // the uncited sentence is gone; the blaming factor is kept only as the blame rule's rewrite, and both are noted
        var suggestions = page.Locator("article.suggestion");
        await Assertions.Expect(suggestions).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#suggestions .suggested")).Not.ToContainTextAsync(["failed to notice", "failed to notice", "failed to notice", "failed to notice"]);
        await Assertions.Expect(suggestions.Nth(3)).ToContainTextAsync("Runbook");
        await Assertions.Expect(suggestions.Nth(3).Locator(".suggested")).Not.ToContainTextAsync("Ana");
        await Assertions.Expect(page.Locator("#suggestions")).Not.ToContainTextAsync("Everyone knew this would happen. Cites");
        await Assertions.Expect(page.Locator("#suggestions details.notes summary")).ToContainTextAsync("(2)");
        await Assertions.Expect(suggestions.Nth(2)).ToContainTextAsync("Monitoring");
        await Assertions.Expect(suggestions.Nth(1).Locator("a", new() { HasText = "T3" })).ToHaveAttributeAsync("href", $"/postmortems/{id}/timeline#row-2");
        // a cited row drafted from a stored file links to that file on the evidence page too; a row without one does not
        await Assertions.Expect(suggestions.Nth(0).Locator("a.cite-evidence")).ToHaveAttributeAsync("href", $"/postmortems/{id}/evidence#evidence-prometheus_checkout_errors-json");
        await Assertions.Expect(suggestions.Nth(1).Locator("a.cite-evidence")).ToHaveCountAsync(0);
        Assert.Empty(await ControlMeasurements.ProblemsAsync(page));
        output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, $"suggestions-{width}")}");

        await page.FillAsync("#Form_Summary", "Typed by the reviewer before taking a suggestion.");
        await suggestions.Nth(1).Locator("button.take").ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("is in the analysis, as your edit");
        await Assertions.Expect(page.Locator("#Form_RootCause")).ToHaveValueAsync("A search query held connections longer than the pool allowed.");
        await Assertions.Expect(page.Locator("#Form_Summary")).ToHaveValueAsync("Typed by the reviewer before taking a suggestion.");
        await Assertions.Expect(page.Locator("article.suggestion")).ToHaveCountAsync(3);
        output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, $"suggestions-{width}-taken")}");

        var view = await server.Api.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}");
        Assert.Contains(view.GetProperty("history").EnumerateArray(), h => h.GetProperty("note").GetString() is { } note
            && note.StartsWith("took suggestion S2 (root cause)", StringComparison.Ordinal) && h.GetProperty("by").GetString() == "local-user");
        // The total the canned completion reports as its usage.
        Assert.Equal(400, view.GetProperty("drafting").GetProperty("tokensUsed").GetInt64());
    }
}
