using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Library;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Functions.Http;
using PostMortemFlow.Functions.Library;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Functions.Workflow;
using PostMortemFlow.Integrations.Documents;
using PostMortemFlow.Integrations.Settings;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Functions.Tests.Workflow;

/// <summary>The library in the Functions app: entries the orchestrations' views write as documents, searched by the shared handler.</summary>
public sealed class LibraryFunctionsTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("pmf-functions-library-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static LibraryQuery Words(string q) => LibraryQuery.Parse(f => f == "q" ? q : null).Query!;

    [Fact]
    public async Task Library_ADeclaredPostMortem_IsFoundAsADraft_ThenAsPublished()
    {
        await using var app = await FunctionsApp.StartAsync(new Dictionary<string, string?>());
        var workflow = app.Services.GetRequiredService<DurableEngine>().Workflow(app.Client);
        var functions = ActivatorUtilities.CreateInstance<LibraryFunctions>(app.Services);
        const string id = "pm-library";
        Assert.Null((await workflow.ExecuteAsync(id, new DeclarePostMortem(id, TestStates.Draft(DateTimeOffset.UtcNow.AddDays(1)), []))).Rejection);
        await app.UntilAsync(id, s => s.Phase == Phase.TimelineReview);

        var draft = await app.Call.InvokeAsync("GET", "/api/library?q=connection+pool", r => functions.SearchAsync(r));

        Assert.Equal(200, draft.Status);
        var hit = Assert.Single(draft.Json.GetProperty("hits").EnumerateArray());
        Assert.Equal((id, false), (hit.GetProperty("id").GetString(), hit.GetProperty("isPublished").GetBoolean()));
        Assert.Contains("<mark>", hit.GetProperty("snippetHtml").GetString(), StringComparison.Ordinal);

        Assert.Null((await workflow.ExecuteAsync(id, new ApproveTimeline("rui@example.com"))).Rejection);
        Assert.Null((await workflow.ExecuteAsync(id, new ApproveAnalysis("rui@example.com"))).Rejection);
        Assert.Null((await workflow.ExecuteAsync(id, new ApproveReport("rui@example.com"))).Rejection);
        await app.UntilAsync(id, s => s.Phase == Phase.Tracking);

        var published = await app.Call.InvokeAsync("GET", "/api/library?q=connection+pool&severity=" + TestStates.Draft(DateTimeOffset.UtcNow).Incident.Severity,
            r => functions.SearchAsync(r));
        Assert.True(Assert.Single(published.Json.GetProperty("hits").EnumerateArray()).GetProperty("isPublished").GetBoolean());
        var bad = await app.Call.InvokeAsync("GET", "/api/library?nearMiss=perhaps", r => functions.SearchAsync(r));
        Assert.Equal(400, bad.Status);
        Assert.True(bad.Json.GetProperty("errors").TryGetProperty("nearMiss", out _));
    }

    [Fact]
    public async Task TwoInstances_AWriteThroughOne_IsFoundByTheOther_AndUpdatesAndRemovalsFollow()
    {
        var store = new LocalDocumentStore(Options.Create(new StorageOptions { DataPath = _data }));
        using var first = new DocumentLibraryIndex(store);
        using var second = new DocumentLibraryIndex(store);
        var state = TestStates.Published("pm-a");
        Assert.Empty((await second.SearchAsync(Words("pool"), Viewer.Local)).Hits);

        await first.UpsertAsync(LibraryEntry.From(state));
        await first.UpsertAsync(LibraryEntry.From(TestStates.Published("pm-b", p => p with { Title = "Search cluster disk nearly full" })));

        Assert.Equal(2, (await second.SearchAsync(Words("pool"), Viewer.Local)).Total);
        Assert.Equal(["pm-b"], (await second.SearchAsync(Words("disk nearly"), Viewer.Local)).Hits.Select(h => h.Id));

        await second.UpsertAsync(LibraryEntry.From(state with { PostMortem = state.PostMortem with { Title = "Renamed: quarantine of the replicas" } }));
        await first.UpsertAsync(LibraryEntry.From(TestStates.Published("pm-b") with { Phase = Phase.Cancelled }));

        Assert.Equal(["pm-a"], (await first.SearchAsync(Words("quarantine"), Viewer.Local)).Hits.Select(h => h.Id));
        Assert.Empty((await first.SearchAsync(Words("disk nearly"), Viewer.Local)).Hits);
        Assert.Empty((await second.SearchAsync(Words("disk nearly"), Viewer.Local)).Hits);

        await store.DeleteAsync(DocumentPaths.LibraryEntry("pm-a"));
        Assert.Empty((await second.SearchAsync(Words("quarantine"), Viewer.Local)).Hits);
    }
}
