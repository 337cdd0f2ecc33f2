using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Playwright;
using PostMortemFlow.Server.Features.PostMortems;
using PostMortemFlow.Server.Tests.TestData;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Ui;

[Collection(UiCollection.Name)]
public sealed class ReviewUiLayoutTests(UiServer server, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task EveryPage_At1280And390Pixels_HasNoHorizontalOverflow()
    {
        var pages = await SeedPagesAsync("API degradation: orders-db pool exhausted");

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
    public async Task EveryPage_At1280And390Pixels_ShowsEveryControlWhole()
    {
        var pages = await SeedPagesAsync("Controls measured: orders-db pool exhausted");
        var problems = new List<string>();

        foreach (var width in new[] { 1280, 390 })
        {
            var page = await server.NewPageAsync(width, width == 390 ? 844 : 900);
            foreach (var (name, path) in pages)
            {
                await page.GotoAsync(path);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                problems.AddRange((await ControlMeasurements.ProblemsAsync(page)).Select(p => $"{name} at {width}px: {p}"));
                var counts = await ControlMeasurements.CountAsync(page);
                output.WriteLine($"{name} at {width}px: measured {counts[0]} selects, {counts[1]} buttons, {counts[2]} fields");
                if (name is "timeline" or "analysis")
                {
                    Assert.True(counts[0] >= 3 && (name != "timeline" || counts[1] >= 3), $"{name} at {width}px shows too few controls to measure: {string.Join(", ", counts)}");
                }
            }

            // The timeline's own controls, named: each key-moment select shows "Acknowledged" whole, each Delete stays one word.
            await page.GotoAsync(pages.Single(p => p.Name == "timeline").Path);
            var kinds = page.Locator("table.timeline select");
            var deletes = page.Locator("table.timeline button[name=delete]");
            Assert.True(await kinds.CountAsync() >= 5);
            Assert.Equal(await kinds.CountAsync(), await deletes.CountAsync());
            var delete = await deletes.First.BoundingBoxAsync();
            var lineHeight = await deletes.First.EvaluateAsync<double>("b => parseFloat(getComputedStyle(b).lineHeight) + parseFloat(getComputedStyle(b).paddingTop) + parseFloat(getComputedStyle(b).paddingBottom)");
            Assert.True(delete!.Height <= lineHeight + 2, $"Delete at {width}px is {delete.Height}px high, one line is {lineHeight}px");
            Assert.True(delete.Width >= 40, $"Delete at {width}px is {delete.Width}px wide");
        }

        Assert.True(problems.Count == 0, "Controls a reader cannot read whole:\n" + string.Join("\n", problems));
    }

    /// <summary>A post-mortem with the seed's timeline, analysis and a stored range query; the pages to visit.</summary>
    private async Task<(string Name, string Path)[]> SeedPagesAsync(string title)
    {
        var end = DateTimeOffset.UtcNow.AddHours(-1);
        var seed = UiData.Seed(end);
        var id = await server.DeclareAsync(UiData.Declaration(title, end));
        (await server.Api.PutAsJsonAsync($"/api/postmortems/{id}/timeline", new TimelineRequest { Entries = [.. seed.Timeline] }, UiJson.Options)).EnsureSuccessStatusCode();
        (await server.Api.PutAsJsonAsync($"/api/postmortems/{id}/analysis", SeedPostMortem.AnalysisOf(seed), UiJson.Options)).EnsureSuccessStatusCode();
        var evidence = Path.Combine(server.DataPath, "artifacts", "postmortems", id, "evidence", "prometheus");
        Directory.CreateDirectory(evidence);
        await File.WriteAllTextAsync(Path.Combine(evidence, "error_rate.json"), RangeAnswer(seed));
        return
        [
            ("home", "/"), ("timeline", $"/postmortems/{id}/timeline"), ("evidence", $"/postmortems/{id}/evidence"),
            ("analysis", $"/postmortems/{id}/analysis"), ("report", $"/postmortems/{id}/report"), ("follow-through", $"/postmortems/{id}/follow-through"),
            ("insights", "/insights"), ("library", "/library?q=connection+pool"),
        ];
    }

    [BrowserFact]
    public async Task DeclareForm_WithTheKeyboardOnly_CreatesThePostMortem()
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

    [BrowserFact]
    public async Task EvidencePage_StoredRangeQuery_IsChartedWithTheKeyMoments()
    {
        var end = DateTimeOffset.UtcNow.AddHours(-1);
        var seed = UiData.Seed(end);
        var id = await server.DeclareAsync(UiData.Declaration("Charted incident", end));
        (await server.Api.PutAsJsonAsync($"/api/postmortems/{id}/timeline", new TimelineRequest { Entries = [.. seed.Timeline] }, UiJson.Options)).EnsureSuccessStatusCode();
        var page = await server.NewPageAsync();
        await page.GotoAsync($"/postmortems/{id}/evidence");
        await Assertions.Expect(page.Locator("#charts-h + p")).ToHaveTextAsync("No metric series collected.");

        var evidence = Path.Combine(server.DataPath, "artifacts", "postmortems", id, "evidence", "prometheus");
        Directory.CreateDirectory(evidence);
        await File.WriteAllTextAsync(Path.Combine(evidence, "error_rate.json"), RangeAnswer(seed));
        await File.WriteAllTextAsync(Path.Combine(evidence, "broken.json"), "{ not json");
        await page.ReloadAsync();

        await Assertions.Expect(page.Locator("svg.chart polyline")).ToHaveCountAsync(1);
        Assert.True(await page.Locator("svg.chart g.marker").CountAsync() >= 3);
        await Assertions.Expect(page.Locator("#evidence-files")).ToContainTextAsync("prometheus/broken.json");
        // the anchors a suggestion's citation links to: a charted file's figure, and the row of one without series
        await Assertions.Expect(page.Locator("figure#evidence-prometheus_error_rate-json svg.chart")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#evidence-files tr#evidence-prometheus_broken-json")).ToContainTextAsync("prometheus/broken.json");
        output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, "evidence-chart")}");
    }

    [BrowserFact]
    public async Task EvidenceAnalysisAndReport_ShowNamedSeriesTheThresholdTheFishboneAndTheReportsChart()
    {
        var end = DateTimeOffset.UtcNow.AddHours(-1);
        var seed = UiData.Seed(end);
        var id = await server.DeclareAsync(UiData.Declaration("Figures: orders-db pool exhausted", end));
        var artifact = $"postmortems/{id}/evidence/prometheus/error_rate.json";
        var first = seed.Timeline.First(e => e.Kind == PostMortemFlow.Domain.Model.TimelineEntryKind.FirstSymptom);
        var timeline = seed.Timeline.Select(e => e == first ? e with { EvidenceRef = artifact } : e).ToList();
        (await server.Api.PutAsJsonAsync($"/api/postmortems/{id}/timeline", new TimelineRequest { Entries = timeline }, UiJson.Options)).EnsureSuccessStatusCode();
        (await server.Api.PutAsJsonAsync($"/api/postmortems/{id}/analysis", SeedPostMortem.AnalysisOf(seed), UiJson.Options)).EnsureSuccessStatusCode();
        var evidence = Path.Combine(server.DataPath, "artifacts", "postmortems", id, "evidence", "prometheus");
        Directory.CreateDirectory(evidence);
        await File.WriteAllTextAsync(Path.Combine(evidence, "error_rate.json"), RangeAnswer(seed));
        const string query = "sum by (service) (rate(http_errors_total[1m]))";
        await File.WriteAllTextAsync(Path.Combine(evidence, "manifest.json"),
            $$"""{"source":"prometheus","artifacts":[{"name":"error_rate.json","query":{{System.Text.Json.JsonSerializer.Serialize(query)}}}]}""");
        var page = await server.NewPageAsync();

        await page.GotoAsync($"/postmortems/{id}/evidence");
        await Assertions.Expect(page.Locator("svg.chart text.legend").First).ToHaveTextAsync($"{query} · service=api");
        await Assertions.Expect(page.Locator("svg.chart text.threshold")).ToContainTextAsync("baseline threshold ");
        await Assertions.Expect(page.Locator("svg.chart line.threshold")).ToHaveCountAsync(1);
        output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, "evidence-legend-threshold")}");

        await page.GotoAsync($"/postmortems/{id}/analysis");
        var fishbone = page.Locator("#factors svg.fishbone-diagram");
        await Assertions.Expect(fishbone).ToBeVisibleAsync();
        await Assertions.Expect(fishbone.Locator("g.bone")).ToHaveCountAsync(8);
        var factors = seed.Analysis.Factors;
        await Assertions.Expect(fishbone.Locator("g.rib")).ToHaveCountAsync(factors.Count);
        var box = await fishbone.BoundingBoxAsync();
        Assert.True(box!.Width >= 700, $"the fishbone is drawn {box.Width}px wide");
        output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, "analysis-fishbone")}");

        await page.GotoAsync($"/postmortems/{id}/report");
        var report = page.FrameLocator("iframe.report-frame");
        await Assertions.Expect(report.Locator("figure svg.chart text.legend").First).ToHaveTextAsync($"{query} · service=api");
        await Assertions.Expect(report.Locator("figure svg.fishbone-diagram g.bone")).ToHaveCountAsync(8);
        output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, "report-figures")}");
    }

    /// <summary>A Prometheus query_range answer over the seed's incident: errors rise at the first symptom and fall at recovery.</summary>
    private static string RangeAnswer(PostMortemFlow.Domain.Model.PostMortem seed)
    {
        var from = seed.Incident.StartedAt.AddMinutes(-10);
        var to = seed.Incident.EndedAt!.Value.AddMinutes(10);
        var first = seed.Timeline.Min(e => e.Time);
        var recovered = seed.Timeline.Where(e => e.Kind is PostMortemFlow.Domain.Model.TimelineEntryKind.Recovered or PostMortemFlow.Domain.Model.TimelineEntryKind.Mitigated)
            .Select(e => e.Time).DefaultIfEmpty(to).Min();
        var values = new List<string>();
        for (var t = from; t <= to; t = t.AddMinutes(1))
        {
            var value = t >= first && t < recovered ? 25 + (t.Minute % 7) : 0.2;
            values.Add($"[{t.ToUnixTimeSeconds()},\"{value.ToString(CultureInfo.InvariantCulture)}\"]");
        }
        var matrix = string.Join(",", values);
        return $$$"""{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"http_errors_per_second","service":"api"},"values":[{{{matrix}}}]}]}}""";
    }

    private static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''");
}
