using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>
/// The impact computed from the real Prometheus (the backfilled 5xx spike of 2025-02-09) is proposed on the analysis
/// page, and "Use these numbers" makes it the reviewer's own edit, sources named, without losing what they typed.
/// </summary>
public sealed class ComputedImpactUiTests(ITestOutputHelper output)
{
    private const string Failed = "sum(irate(http_requests_total{code=\"500\",service=\"{service}\"}[1m]))";

    [PrometheusBrowserFact]
    public async Task AnalysisPage_ProposesTheComputedImpact_AndUseTheseNumbersSavesItAsTheReviewersEdit_At1280And390()
    {
        var server = UiServer.With(new Dictionary<string, string>
        {
            ["Evidence:Sources:0"] = "prometheus",
            ["Evidence:Prometheus:BaseUrl"] = PrometheusBrowserFactAttribute.Server,
            ["Evidence:Prometheus:Services:api:0:Name"] = "5xx-rate",
            ["Evidence:Prometheus:Services:api:0:Query"] = "sum(rate(http_requests_total{code=\"500\",service=\"{service}\"}[5m]))",
            ["Evidence:Prometheus:Impact:api:FailedRequests"] = Failed,
            ["Evidence:Prometheus:Impact:api:TotalRequests"] = "sum(irate(http_requests_total{service=\"{service}\"}[1m]))",
            ["Evidence:Prometheus:Impact:api:SloTarget"] = "0.99",
        });
        await server.InitializeAsync();
        try
        {
            await ProposeAndUseAsync(server);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private async Task ProposeAndUseAsync(UiServer server)
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var id = await server.DeclareAsync(new
            {
                title = $"API errors after the pool saturated ({width})", severity = "Sev2", services = new[] { "api" },
                startedAt = "2025-02-09T10:08:00Z", endedAt = "2025-02-09T10:40:00Z", authors = new[] { "ana@example.com" }, reviewers = new[] { "rui@example.com" },
            });
            var computed = (await server.Api.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}")).GetProperty("computedImpacts")[0];
            var failed = computed.GetProperty("failedRequests").GetInt64();
            Assert.InRange(failed, 40_000, 52_000);

            var page = await server.NewPageAsync(width, width == 390 ? 844 : 900);
            await page.GotoAsync($"/postmortems/{id}/analysis");
            var panel = page.Locator("#computed-impact");
            await Assertions.Expect(panel).ToContainTextAsync("Failed requests");
            await Assertions.Expect(panel).ToContainTextAsync(failed.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            await Assertions.Expect(panel).ToContainTextAsync("Error budget burned");
            await Assertions.Expect(panel.Locator("code").First).ToContainTextAsync("irate(http_requests_total");
            Assert.Empty(await ControlMeasurements.ProblemsAsync(page));
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, $"computed-impact-{width}")}");

            await page.FillAsync("#Form_Summary", "Typed before taking the numbers.");
            await page.ClickAsync("#use-impact");
            await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("computed impact is in the Impact section");
            await Assertions.Expect(page.Locator("#Form_FailedRequests")).ToHaveValueAsync(failed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, $"computed-impact-{width}-used")}");

            var view = await server.Api.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}");
            var impact = view.GetProperty("postMortem").GetProperty("impact");
            Assert.Equal(failed, impact.GetProperty("failedRequests").GetInt64());
            var description = impact.GetProperty("description").GetString()!;
            Assert.Contains("Computed from the evidence for api", description, StringComparison.Ordinal);
            Assert.Contains($"stored as `postmortems/{id}/evidence/prometheus/api-impact-failed.json`", description, StringComparison.Ordinal);
            Assert.Equal("Typed before taking the numbers.", view.GetProperty("postMortem").GetProperty("summary").GetString());
            var report = await server.Api.GetStringAsync($"/api/postmortems/{id}/report.md");
            Assert.Contains("api-impact-failed.json", report, StringComparison.Ordinal);
        }
    }
}
