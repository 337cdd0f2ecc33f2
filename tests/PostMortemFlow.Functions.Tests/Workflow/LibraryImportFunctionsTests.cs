using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Api.Library;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Functions.Http;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Integrations.Imports;

namespace PostMortemFlow.Functions.Tests.Workflow;

/// <summary>The library import on the Functions app: each file an orchestration in the historical phase, as on the server.</summary>
public sealed class LibraryImportFunctionsTests
{
    private const string Report = """
        # Payment webhooks were delivered twice

        **Date:** 2022-11-03

        ## Timeline (all times UTC)

        - 08:02 the retry worker restarts during a deploy
        - 08:40 merchants report duplicate notifications
        - 09:05 the worker's lease is extended and duplicates stop

        ## Root causes

        - The worker's lease was shorter than a deploy.

        ## Action items

        - Tie the lease to the deploy's drain time (owner: @ines)
        """;

    private static MultipartFormDataContent Form(string name, string content)
    {
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        part.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        return new MultipartFormDataContent { { part, "files", name } };
    }

    [Fact]
    public async Task Import_BecomesAHistoricalOrchestration_FoundInTheLibrary_AndAgainChangesNothing()
    {
        await using var app = await FunctionsApp.StartAsync(new Dictionary<string, string?>());
        var library = ActivatorUtilities.CreateInstance<LibraryFunctions>(app.Services);
        Task<FunctionAnswer> Import() =>
            app.Call.InvokeAsync("POST", "/api/library/import", r => library.ImportAsync(r, app.Client), Form("2022/webhooks.md", Report));

        var first = await Import();

        Assert.True(first.Status == 200 && first.Json.GetProperty("imported").GetInt32() == 1, first.Body);
        var file = first.Json.GetProperty("files")[0];
        Assert.Equal(("imported", 3, 3, 1), (file.GetProperty("status").GetString(), file.GetProperty("timelineRows").GetInt32(),
            file.GetProperty("rowsInUtc").GetInt32(), file.GetProperty("actionItems").GetInt32()));
        var id = LibraryImports.IdOf("2022/webhooks.md");
        var state = await app.StateAsync(id);
        Assert.Equal(Phase.Historical, state.Phase);
        Assert.Empty(state.Timers);
        var found = await app.Call.InvokeAsync("GET", "/api/library?q=lease", r => library.SearchAsync(r));
        Assert.Contains(found.Json.GetProperty("hits").EnumerateArray(), h => h.GetProperty("id").GetString() == id);
        var original = await app.Call.InvokeAsync("GET", $"/api/postmortems/{id}/original", r => library.OriginalAsync(r, app.Client, id));
        Assert.Equal((200, Report), (original.Status, original.Body));

        var again = await Import();
        Assert.Equal("unchanged", again.Json.GetProperty("files")[0].GetProperty("status").GetString());
        Assert.Equal(state.Version, (await app.StateAsync(id)).Version);
        var edit = await app.Call.InvokeAsync("PUT", $"/api/postmortems/{id}/timeline", r => app.PostMortems.EditTimelineAsync(r, app.Client, id),
            JsonContent.Create(new { entries = Array.Empty<object>(), by = "rui@example.com" }));
        Assert.Equal(409, edit.Status);
    }
}
