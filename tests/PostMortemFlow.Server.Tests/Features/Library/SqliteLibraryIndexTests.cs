using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Library;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Server.Features.Library;
using PostMortemFlow.Server.Persistence.Sqlite;
using PostMortemFlow.Server.Tests.Persistence;
using static PostMortemFlow.Server.Tests.Features.Library.LibraryEntries;

namespace PostMortemFlow.Server.Tests.Features.Library;

/// <summary>The embedded mode's library in a real SQLite file (WAL), beside the grain state.</summary>
public sealed class SqliteLibraryIndexTests : IDisposable
{
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    private SqliteDatabase Database() => new(new SqliteStorageOptions { DatabasePath = _file.FilePath });

    private static LibraryQuery Words(string q) => LibraryQuery.Parse(f => f == "q" ? q : null).Query!;

    [Fact]
    public async Task Search_BeforeAnyWrite_FindsNothing()
    {
        using var database = Database();

        var result = await new SqliteLibraryIndex(database).SearchAsync(new LibraryQuery(), Viewer.Local);

        Assert.Equal((0, 0), (result.Hits.Count, result.Total));
    }

    [Fact]
    public async Task Upsert_ThenSearch_FindsIt_AndAReopenedFileStillHasIt()
    {
        using (var database = Database())
        {
            var index = new SqliteLibraryIndex(database);
            await Task.WhenAll(Enumerable.Range(0, 20).Select(i => index.UpsertAsync(PoolExhaustion($"pm-{i:D2}", days: i))));
            await index.UpsertAsync(CertificateExpiry());

            Assert.Equal(20, (await index.SearchAsync(Words("headroom"), Viewer.Local)).Total);
        }

        using var reopened = Database();
        var again = new SqliteLibraryIndex(reopened);
        await again.UpsertAsync(PoolExhaustion("pm-00") with { Phase = Phase.Cancelled });

        var result = await again.SearchAsync(Words("headroom"), Viewer.Local);
        Assert.Equal(19, result.Total);
        Assert.DoesNotContain(result.Hits, h => h.Id == "pm-00");
        // A signed-in outsider sees the published ones only: the certificate draft is its people's.
        var outsider = Viewer.SignedIn(["someone@example.com"], []);
        Assert.Empty((await again.SearchAsync(Words("certificate"), outsider)).Hits);
        Assert.Single((await again.SearchAsync(Words("certificate"), Viewer.SignedIn(["Lena@example.com"], []))).Hits);
    }
}
