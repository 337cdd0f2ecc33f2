using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using PostMortemFlow.Api.Library;
using PostMortemFlow.Server.Tests.Api;
using PostMortemFlow.Server.Tests.Persistence;
using static PostMortemFlow.Server.Tests.Library.ImportFiles;
using PostMortemFlow.Integrations.Imports;

namespace PostMortemFlow.Server.Tests.Library;

/// <summary>
/// <c>POST /api/library/import</c> on the real server: post-mortems written before, in other teams' layouts, become
/// read-only historical post-mortems that the library finds, the insights count and "also found in" matches.
/// </summary>
public sealed class LibraryImportApiTests(LibraryImportApiTests.Factory factory) : IClassFixture<LibraryImportApiTests.Factory>
{
    public const int MaxFileBytes = 64 * 1024;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public sealed class Factory : ServerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Library:Import:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Import_FilesInOtherTeamsLayouts_BecomeHistoricalPostMortemsTheLibraryFinds()
    {
        var answer = await ImportAsync(Form(File("front-matter-bold-times.md"), File("confluence-export.html"), File("google-docs-export.docx")));

        var files = answer.GetProperty("files").EnumerateArray().ToList();
        Assert.All(files, f => Assert.Equal("imported", f.GetProperty("status").GetString()));
        Assert.Equal(3, answer.GetProperty("imported").GetInt32());
        Assert.All(files, f => Assert.True(f.GetProperty("timelineRows").GetInt32() >= 3, f.GetProperty("file").GetString()));
        var blog = files[0];
        Assert.Equal("Search was slow for European users", blog.GetProperty("title").GetString());
        Assert.Equal(3, blog.GetProperty("rowsInUtc").GetInt32());
        var id = blog.GetProperty("id").GetString()!;

        var view = await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}");
        Assert.Equal("Historical", view.GetProperty("phase").GetString());
        Assert.Equal("front-matter-bold-times.md", view.GetProperty("imported").GetProperty("fileName").GetString());
        Assert.Equal(0, view.GetProperty("timers").GetArrayLength());
        Assert.Equal(0, view.GetProperty("outbox").GetArrayLength());
        var found = await Eventually.ReachAsync(() => _client.GetFromJsonAsync<JsonElement>("/api/library?q=european%20cache"),
            r => r.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("id").GetString() == id), Patience);
        var hit = found.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("id").GetString() == id);
        Assert.Equal("Historical", hit.GetProperty("phase").GetString());
        Assert.True(hit.GetProperty("isPublished").GetBoolean());
    }

    [Fact]
    public async Task Original_IsDownloadedAsSent_AndTheImportIsReadOnly()
    {
        var bytes = System.IO.File.ReadAllBytes(Foreign("google-docs-export.docx"));
        var answer = await ImportAsync(Form(("exports/readonly-check.docx", bytes)));
        var id = answer.GetProperty("files")[0].GetProperty("id").GetString()!;

        using var original = await _client.GetAsync($"/api/postmortems/{id}/original");
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal(bytes, await original.Content.ReadAsByteArrayAsync());
        Assert.Equal("readonly-check.docx", original.Content.Headers.ContentDisposition?.FileNameStar ?? original.Content.Headers.ContentDisposition?.FileName);
        Assert.StartsWith("application/vnd.openxmlformats", original.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);

        var edit = await _client.PutAsync($"/api/postmortems/{id}/timeline", ApiJsonBodies.Json(new { entries = Array.Empty<object>(), by = "rui@example.com" }));
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("read-only", await edit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/postmortems/hist-0000000000000000/original")).StatusCode);
    }

    [Fact]
    public async Task Import_TheSameFileAgain_ChangesNothing_AndAChangedFileUpdatesItsEntry()
    {
        var name = $"team/{Guid.NewGuid():N}.md";
        var first = await ImportAsync(Form(Text(name, NearMiss("Canary halted a rollout", "The integration suite had no case for empty carts."))));
        var id = first.GetProperty("files")[0].GetProperty("id").GetString()!;
        var before = await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}");

        var again = await ImportAsync(Form(Text(name, NearMiss("Canary halted a rollout", "The integration suite had no case for empty carts."))));
        Assert.Equal("unchanged", again.GetProperty("files")[0].GetProperty("status").GetString());
        var after = await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}");
        Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());

        var changed = NearMiss("Canary halted a rollout of the cart service", "The integration suite had no case for empty carts.");
        var update = await ImportAsync(Form(Text(name, changed)));
        Assert.Equal("updated", update.GetProperty("files")[0].GetProperty("status").GetString());
        Assert.Equal(id, update.GetProperty("files")[0].GetProperty("id").GetString());
        var updated = await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}");
        Assert.Equal("Canary halted a rollout of the cart service", updated.GetProperty("postMortem").GetProperty("title").GetString());
        Assert.Equal("Historical", updated.GetProperty("phase").GetString());
        Assert.Equal(Encoding.UTF8.GetBytes(changed), await _client.GetByteArrayAsync($"/api/postmortems/{id}/original"));
    }

    [Fact]
    public async Task Import_ABatchWithBadFiles_FailsThemAlone_AndImportsTheRest()
    {
        var good = $"{Guid.NewGuid():N}.md";
        var answer = await ImportAsync(Form(
            ("broken.docx", Encoding.UTF8.GetBytes("this is not a zip archive")),
            ("binary.md", [0x50, 0x4b, 0x00, 0x00, 0x01, 0x02]),
            ("slides.pdf", Encoding.UTF8.GetBytes("%PDF-1.7")),
            ("shopping-list.md", Encoding.UTF8.GetBytes("eggs\n\nmilk\n")),
            Text(good, NearMiss("Queue consumer paused itself", "The consumer's back-off had no upper bound."))));

        var files = answer.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["failed", "failed", "failed", "failed", "imported"], files.Select(f => f.GetProperty("status").GetString()));
        Assert.Contains("Word document", files[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("binary", files[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains(".docx", files[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("no post-mortem found", files[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, answer.GetProperty("failed").GetInt32());
        foreach (var name in new[] { "broken.docx", "binary.md", "shopping-list.md" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/postmortems/{LibraryImports.IdOf(name)}")).StatusCode);
        }
    }

    [Fact]
    public async Task DryRun_SaysWhatWasRead_AndKeepsNothing()
    {
        var form = Form(File("dotted-times-no-zone.md"));
        form.Add(new StringContent("true"), "dryRun");

        var answer = await ImportAsync(form);

        var file = answer.GetProperty("files")[0];
        Assert.Equal("read", file.GetProperty("status").GetString());
        Assert.Equal(3, file.GetProperty("timelineRows").GetInt32());
        Assert.Equal(0, file.GetProperty("rowsInUtc").GetInt32());
        Assert.Contains(file.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("Not stated", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/postmortems/{file.GetProperty("id").GetString()}")).StatusCode);
    }

    [Fact]
    public async Task Import_AFileOverTheBound_Is413_AndNothingOfTheBatchIsKept()
    {
        var small = $"{Guid.NewGuid():N}.md";
        var response = await _client.PostAsync("/api/library/import",
            Form(Text(small, NearMiss("Small one", "A factor.")), ("huge.md", new byte[MaxFileBytes + 1])));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("huge.md", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/postmortems/{LibraryImports.IdOf(small)}")).StatusCode);
    }

    [Fact]
    public async Task Import_WithoutFiles_Is400NamingTheField_AndJsonIs415()
    {
        var empty = await _client.PostAsync("/api/library/import", new MultipartFormDataContent { { new StringContent("true"), "dryRun" } });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.True((await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("files", out _));

        var json = await _client.PostAsync("/api/library/import", ApiJsonBodies.Json(new { files = "x" }));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);

        var people = Form(Text("x.md", "# x"));
        people.Add(new StringContent("ana@example.com"), "people");
        var unrestricted = await _client.PostAsync("/api/library/import", people);
        Assert.Equal(HttpStatusCode.BadRequest, unrestricted.StatusCode);
        Assert.True((await unrestricted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("restricted", out _));
    }

    [Fact]
    public async Task Imports_AreCountedInTheInsights_AndMatchedByAlsoFoundIn()
    {
        var before = await _client.GetFromJsonAsync<JsonElement>("/api/insights");
        var answer = await ImportAsync(Form(Text($"{Guid.NewGuid():N}.md",
            NearMiss("Feature flag service refused connections", "The connection pool of the flag service was sized for last year's traffic."))));
        var id = answer.GetProperty("files")[0].GetProperty("id").GetString()!;
        var factor = (await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}")).GetProperty("postMortem").GetProperty("analysis").GetProperty("factors")[0];

        var after = await Eventually.ReachAsync(() => _client.GetFromJsonAsync<JsonElement>("/api/insights"),
            r => r.GetProperty("postMortems").GetInt32() == before.GetProperty("postMortems").GetInt32() + 1, Patience);
        Assert.Equal(before.GetProperty("nearMisses").GetInt32() + 1, after.GetProperty("nearMisses").GetInt32());
        var matches = await _client.GetFromJsonAsync<JsonElement>(
            $"/api/insights/factor-matches?category={factor.GetProperty("category").GetString()}&text={Uri.EscapeDataString("The connection pool was sized for last year's traffic")}");
        Assert.Contains(matches.GetProperty("matches").EnumerateArray(), m => m.GetProperty("postMortemId").GetString() == id);
    }

    private async Task<JsonElement> ImportAsync(HttpContent form)
    {
        var response = await _client.PostAsync("/api/library/import", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }
}
