using Microsoft.Playwright;
using PostMortemFlow.Api.Library;
using PostMortemFlow.Integrations.Imports;
using PostMortemFlow.Server.Tests.Library;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>Importing post-mortems written before, in the browser: a dry run, the import, the imported page and its original.</summary>
[Collection(UiCollection.Name)]
public sealed class LibraryImportUiTests(UiServer server, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task LibraryPage_DryRunThenImport_OpensTheReadOnlyPostMortem_WithItsOriginal_At1280And390()
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var folder = Directory.CreateTempSubdirectory("pmf-import-ui-").FullName;
            var blog = Path.Combine(folder, $"search-slow-{width}.md");
            var word = Path.Combine(folder, $"all-503-{width}.docx");
            File.Copy(ImportFiles.Foreign("front-matter-bold-times.md"), blog);
            File.Copy(ImportFiles.Foreign("google-docs-export.docx"), word);
            var page = await server.NewPageAsync(width, width == 390 ? 844 : 900);
            await page.GotoAsync("/library");

            await page.ClickAsync("#library-import summary");
            await page.SetInputFilesAsync("#import-files", [blog, word]);
            await page.CheckAsync("#import-dry-run");
            await page.ClickAsync("#import-submit");
            await Assertions.Expect(page.Locator("#import-results")).ToContainTextAsync("2 read (dry run, nothing kept), 0 failed.");
            await Assertions.Expect(page.Locator("#import-results tr.import-read")).ToHaveCountAsync(2);
            Assert.Empty(await ControlMeasurements.ProblemsAsync(page));
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, $"library-import-{width}-dry-run")}");

            await page.SetInputFilesAsync("#import-files", [blog, word]);
            await page.ClickAsync("#import-submit");
            await Assertions.Expect(page.Locator("#import-results")).ToContainTextAsync("2 imported, 0 updated, 0 unchanged, 0 failed.");
            var id = LibraryImports.IdOf(Path.GetFileName(blog));
            await Assertions.Expect(page.Locator($"#library-hits li[data-id='{id}'] .badge.historical")).ToHaveTextAsync("Imported");
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, $"library-import-{width}-imported")}");

            await page.ClickAsync($"#import-results a[href='/postmortems/{id}']");
            await page.WaitForURLAsync($"**/postmortems/{id}/report");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Search was slow for European users");
            await Assertions.Expect(page.Locator("#imported")).ToContainTextAsync($"Imported from {Path.GetFileName(blog)}");
            await Assertions.Expect(page.Locator("h2").First).ToHaveTextAsync("The post-mortem as read from its file");
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-original"));
            var saved = Path.Combine(folder, "downloaded.md");
            await download.SaveAsAsync(saved);
            Assert.Equal(await File.ReadAllBytesAsync(blog), await File.ReadAllBytesAsync(saved));
            Assert.Equal(Path.GetFileName(blog), download.SuggestedFilename);
            Assert.Empty(await ControlMeasurements.ProblemsAsync(page));
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, $"library-import-{width}-opened")}");
        }
    }
}
