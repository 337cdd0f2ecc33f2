using Microsoft.Data.Sqlite;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Library;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using static PostMortemFlow.Server.Tests.Features.Library.LibraryEntries;
using PostMortemFlow.Integrations.Library;

namespace PostMortemFlow.Server.Tests.Features.Library;

/// <summary>The library's FTS5 schema, upsert and search on a real in-memory SQLite database (the bundled e_sqlite3).</summary>
public sealed class FtsLibraryTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:;Pooling=False");

    public FtsLibraryTests()
    {
        _connection.Open();
        FtsLibrary.EnsureSchema(_connection);
        FtsLibrary.EnsureSchema(_connection);
        foreach (var entry in new[] { PoolExhaustion(), CertificateExpiry(), DiskNearMiss() })
        {
            FtsLibrary.Upsert(_connection, entry);
        }
    }

    public void Dispose() => _connection.Dispose();

    private LibraryResult Search(params (string Field, string Value)[] values) =>
        FtsLibrary.Search(_connection, LibraryQuery.Parse(f => values.Where(v => v.Field == f).Select(v => v.Value).FirstOrDefault()).Query!, Viewer.Local);

    private static IEnumerable<string> Ids(LibraryResult result) => result.Hits.Select(h => h.Id);

    [Theory]
    [InlineData("headroom", "pm-pool")]                 // a factor
    [InlineData("history", "pm-pool")]                  // the root cause
    [InlineData("retention", "pm-disk")]                // a lesson learned
    [InlineData("snapshots older", "pm-disk")]          // an action item
    [InlineData("certificates", "pm-cert")]             // stemmed: "certificate" and "certificates"
    [InlineData("\"client certificate\"", "pm-cert")]   // a phrase
    [InlineData("payments-webhooks", "pm-cert")]        // the words of a hyphenated name, together
    public void Search_AWordOfItsText_FindsThePostMortem(string q, string id)
    {
        Assert.Equal([id], Ids(Search(("q", q))));
    }

    [Fact]
    public void Search_APhrase_NeedsItsWordsTogether()
    {
        Assert.Single(Search(("q", "connection pool")).Hits);
        Assert.Empty(Search(("q", "\"pool connection\"")).Hits);
    }

    [Fact]
    public void Search_WordsInSeveralPostMortems_RanksTheTitleMatchFirst()
    {
        FtsLibrary.Upsert(_connection, DiskNearMiss("pm-pool-lesson", days: 40) with { LessonsLearned = ["Size the connection pool with the traffic."] });

        var result = Search(("q", "connection pool"));

        Assert.Equal(["pm-pool", "pm-pool-lesson"], Ids(result));
        Assert.Equal(4, Search(("q", "alert")).Total);
    }

    [Fact]
    public void Search_Matches_AreMarked_AndTheTextIsEncoded()
    {
        var hit = Assert.Single(Search(("q", "pool")).Hits);

        Assert.Equal("Orders API degradation from database connection <mark>pool</mark> exhaustion", hit.TitleHtml);
        Assert.Contains("<mark>pool</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Equal(hit.SnippetHtml.Split("<mark>").Length - 1, hit.SnippetHtml.Split("</mark>").Length - 1);
    }

    [Theory]
    [InlineData("\"", "pm-disk pm-cert pm-pool")]
    [InlineData("AND(", "pm-cert")]
    [InlineData("pool OR", "")]
    [InlineData("NEAR(pool index, 2)", "")]
    [InlineData("title:pool", "")]
    [InlineData("pool*", "pm-pool")]
    [InlineData("-pool ^ \"\"", "pm-pool")]
    [InlineData("'); DROP TABLE library_entries; --", "")]
    public void Search_StrayQuerySyntax_IsSearchedAsWords(string q, string ids)
    {
        var result = Search(("q", q));

        Assert.Equal(ids.Split(' ', StringSplitOptions.RemoveEmptyEntries), Ids(result));
        Assert.Equal(3, Search().Total);
    }

    [Fact]
    public void Search_NoText_ListsNewestFirst_WithAnExcerptOfTheSummary()
    {
        var result = Search();

        Assert.Equal(["pm-disk", "pm-cert", "pm-pool"], Ids(result));
        Assert.StartsWith("The orders API answered 12 % of requests with 5xx errors while the &lt;b&gt;pool&lt;/b&gt;", result.Hits[2].SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", result.Hits[2].SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Filters_NarrowTheHits()
    {
        Assert.Equal(["pm-pool"], Ids(Search(("service", "ORDERS-DB"))));
        Assert.Equal(["pm-cert"], Ids(Search(("severity", "Sev1"))));
        Assert.Equal(["pm-disk", "pm-cert"], Ids(Search(("category", "Monitoring"))));
        Assert.Equal(["pm-cert", "pm-disk"], Ids(Search(("q", "alert"), ("category", "Monitoring"))).Order());
        Assert.Equal(["pm-disk"], Ids(Search(("nearMiss", "true"))));
        Assert.Equal(["pm-cert", "pm-pool"], Ids(Search(("nearMiss", "false"))));
        Assert.Equal(["pm-cert"], Ids(Search(("from", "2025-02-19"), ("to", "2025-02-19"))));
        Assert.Equal(["pm-cert", "pm-pool"], Ids(Search(("to", "2025-02-19"))));
        Assert.Empty(Search(("q", "pool"), ("severity", "Sev1")).Hits);
    }

    [Fact]
    public void Search_Limit_AnswersTheFirstHits_AndCountsThemAll()
    {
        var result = Search(("limit", "2"));

        Assert.Equal(["pm-disk", "pm-cert"], Ids(result));
        Assert.Equal(3, result.Total);
    }

    [Fact]
    public void Upsert_Again_ReplacesTheWords_AndCancelledLeavesTheLibrary()
    {
        FtsLibrary.Upsert(_connection, PoolExhaustion() with { Factors = ["The thread pool was saturated."], RootCause = "Saturation." });

        Assert.Empty(Search(("q", "headroom")).Hits);
        Assert.Equal(["pm-pool"], Ids(Search(("q", "saturated"))));
        Assert.Equal(3, Search().Total);

        FtsLibrary.Upsert(_connection, DiskNearMiss() with { Phase = Phase.Cancelled });

        Assert.Empty(Search(("q", "retention")).Hits);
        Assert.Equal(["pm-cert", "pm-pool"], Ids(Search()));
        Assert.Equal(["pm-cert", "pm-pool"], FtsLibrary.Ids(_connection));
    }

    [Fact]
    public void MatchExpression_QuotesEachPhrase()
    {
        Assert.Equal("\"connection pool\" \"orders db\"", FtsLibrary.MatchExpression(SearchText.Phrases("\"connection pool\" orders-db")));
    }

    [Fact]
    public void Entry_RoundTripsThroughTheIndex()
    {
        var hit = Assert.Single(Search(("q", "certificate"), ("severity", "Sev1")).Hits);

        var expected = CertificateExpiry();
        Assert.Equal((expected.Title, expected.Severity, expected.StartedAt, expected.IsPublished, expected.Phase),
            (hit.Title, hit.Severity, hit.StartedAt, hit.IsPublished, hit.Phase));
        Assert.Equal(expected.Services, hit.Services);
        Assert.Equal([FactorCategory.Monitoring], hit.Categories);
    }
}
