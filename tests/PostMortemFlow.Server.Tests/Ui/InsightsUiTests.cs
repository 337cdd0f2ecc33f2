using System.Net.Http.Json;
using Microsoft.Playwright;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Server.Tests.TestData;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>Across incidents in the browser: the "also found in" hint as a factor is typed, and the insights page.</summary>
[Collection(UiCollection.Name)]
public sealed class InsightsUiTests(UiServer server, ITestOutputHelper output)
{
    private const string Earlier = "Nobody was paged because the checkout latency alert routed to an unused channel.";
    private const string Typed = "The checkout latency alert was routed to an unused channel so nobody got paged.";

    private async Task ShotAsync(IPage page, string name) => output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, name)}");

    private async Task<string> WithFactorAsync(string title, string factor)
    {
        var id = await server.DeclareAsync(UiData.Declaration(title, services: "checkout-api"));
        var seed = SeedPostMortem.EndingAt(DateTimeOffset.UtcNow.AddHours(-1));
        // The seed's timeline gives the insights their key moments.
        (await server.Api.PutAsJsonAsync($"/api/postmortems/{id}/timeline", Api.ApiJsonBodies.Timeline(seed), Api.ApiJsonBodies.Options)).EnsureSuccessStatusCode();
        var draft = SeedPostMortem.AnalysisOf(seed) with
        {
            Analysis = seed.Analysis with { Factors = [new ContributingFactor { Category = FactorCategory.Monitoring, Description = factor }] },
        };
        (await server.Api.PutAsJsonAsync($"/api/postmortems/{id}/analysis", draft, Api.ApiJsonBodies.Options)).EnsureSuccessStatusCode();
        return id;
    }

    [BrowserFact]
    public async Task AnalysisPage_TypingAFactorFoundBefore_ShowsWhereItWasAlsoFound_ThenTheInsightsPageRanksIt()
    {
        var earlier = await WithFactorAsync("Checkout pages slow, nobody paged " + UiData.Xss, Earlier);
        var id = await server.DeclareAsync(UiData.Declaration("Checkout latency again", services: "checkout-api"));
        var page = await server.NewPageAsync();

        await page.GotoAsync($"/postmortems/{id}/analysis");
        var hint = page.Locator("#also-found-0");
        await Assertions.Expect(hint).ToBeHiddenAsync();
        await page.SelectOptionAsync("#Form_Factors_0__Category", "Monitoring");
        await page.FillAsync("#Form_Factors_0__Description", Typed);

        // The script asks as the author types; the link goes to the earlier post-mortem, its title shown as text.
        await Assertions.Expect(hint).ToBeVisibleAsync();
        await Assertions.Expect(hint).ToContainTextAsync("This factor was also found in:");
        var link = hint.Locator($"a[href='/postmortems/{earlier}/report']");
        await Assertions.Expect(link).ToHaveTextAsync("Checkout pages slow, nobody paged " + UiData.Xss);
        await ShotAsync(page, "insights-01-also-found");

        // Another category: not the same bone, so no hint.
        await page.SelectOptionAsync("#Form_Factors_0__Category", "Testing");
        await Assertions.Expect(hint).ToBeHiddenAsync();
        await page.SelectOptionAsync("#Form_Factors_0__Category", "Monitoring");
        await Assertions.Expect(hint).ToBeVisibleAsync();
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Analysis saved.");
        // After the save the server renders the same hint without the script.
        await Assertions.Expect(page.Locator("#also-found-0 a")).ToHaveAttributeAsync("href", $"/postmortems/{earlier}/report");

        await page.GotoAsync("/");
        await page.ClickAsync("nav >> text=Insights");
        await page.WaitForURLAsync("**/insights");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Insights across post-mortems");
        Assert.Equal(5, await page.Locator("figure svg").CountAsync());
        var recurring = page.Locator("#recurring-factors tr", new() { HasText = Earlier });
        await Assertions.Expect(recurring).ToContainTextAsync("Monitoring");
        await Assertions.Expect(recurring.Locator($"a[href='/postmortems/{earlier}/report']")).ToBeVisibleAsync();
        await Assertions.Expect(recurring.Locator($"a[href='/postmortems/{id}/report']")).ToHaveTextAsync("Checkout latency again");
        await Assertions.Expect(page.Locator("#by-service")).ToContainTextAsync("checkout-api");
        await Assertions.Expect(page.Locator("#published-share")).ToContainTextAsync("post-mortems whose outcome is known");
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss"));
        await ShotAsync(page, "insights-02-page");

        // The CSV link downloads the same figures.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#insights-csv"));
        Assert.Equal("insights.csv", download.SuggestedFilename);
    }
}
