using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Domain.Library;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Server.Features.Library;
using PostMortemFlow.Server.Tests.Api;
using PostMortemFlow.Server.Tests.Persistence;
using static PostMortemFlow.Server.Tests.Api.ApiJsonBodies;
using PostMortemFlow.Application.Library;

namespace PostMortemFlow.Server.Tests.Features.Library;

/// <summary>A post-mortem in the list but not in the library (stored before it existed, or a write it missed) is indexed by the backfill.</summary>
public sealed class LibraryBackfillTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<bool> FindsAsync(string id) =>
        (await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/library?q=backfilled+zeppelin", UriKind.Relative))).GetProperty("hits")
        .EnumerateArray().Any(h => h.GetProperty("id").GetString() == id);

    [Fact]
    public async Task Backfill_APostMortemTheLibraryLacks_IsIndexedFromItsState_OnceOnly()
    {
        var declared = await _client.PostAsync(new Uri("/api/postmortems", UriKind.Relative), Json(Declaration(DateTimeOffset.UtcNow.AddDays(1), "Backfilled zeppelin outage")));
        Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
        var id = (await declared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await Eventually.ReachAsync(() => FindsAsync(id), found => found, TimeSpan.FromSeconds(10));
        var workflow = factory.Services.GetRequiredService<IPostMortemWorkflow>();
        var library = factory.Services.GetRequiredService<ILibraryIndex>();
        // As if the library had never held it: an entry that is not listed takes it out.
        await library.UpsertAsync(LibraryEntry.From(await workflow.GetAsync(id) with { Phase = Phase.Cancelled }));
        Assert.False(await FindsAsync(id));
        var backfill = factory.Services.GetRequiredService<LibraryBackfill>();

        var relisted = await backfill.RunOnceAsync(default);

        Assert.Equal(1, relisted);
        Assert.True(await FindsAsync(id));
        Assert.Equal(0, await backfill.RunOnceAsync(default));
    }
}
