using Microsoft.Data.Sqlite;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Library;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Library;

namespace PostMortemFlow.Server.Tests.Features.Library;

/// <summary>
/// The audience rule in the index's SQL against the Domain's <see cref="Audience.ListsInLibrary"/>, over a generated corpus:
/// restricted and open, published and draft, people and groups named in any case, for several viewers.
/// </summary>
public sealed class LibraryAudienceCorpusTests : IDisposable
{
    private const int Corpus = 96;
    // Case variants the Domain treats as equal or not: the Kelvin sign upper-cases to itself, not to "K".
    private static readonly string[] People = ["ana@example.com", "Rui@Example.com", "lena@example.com", "kai@example.com", "\u212Aai@example.com", "zoë@example.com", "ıris@example.com"];
    private static readonly string[] Groups = ["g-security", "G-Legal", "g-hr", "g-sre"];

    private readonly SqliteConnection _connection = new("Data Source=:memory:;Pooling=False");
    private readonly List<LibraryEntry> _entries = [];

    public LibraryAudienceCorpusTests()
    {
        _connection.Open();
        FtsLibrary.EnsureSchema(_connection);
        var random = new Random(7);
        for (var i = 0; i < Corpus; i++)
        {
            var restriction = random.Next(3) == 0 ? null : new Restriction
            {
                People = [.. Pick(random, People, random.Next(3)).Select(p => Recase(random, p))],
                Groups = [.. Pick(random, Groups, random.Next(3)).Select(g => Recase(random, g))],
            };
            var state = new PostMortemState
            {
                Id = $"pm-{i:D3}",
                Phase = (Phase)random.Next((int)Phase.Collecting, (int)Phase.Cancelled + 1),
                PostMortem = new PostMortem
                {
                    Title = $"Incident {i}: queue backlog",
                    Summary = "A backlog built up in the queue.",
                    Incident = new Incident { StartedAt = LibraryEntries.Start.AddHours(i), Severity = (Severity)random.Next(5) },
                    Authors = [.. Pick(random, People, random.Next(2)).Select(p => Recase(random, p))],
                    Reviewers = [.. Pick(random, People, random.Next(2))],
                    ExecutiveSponsor = random.Next(4) == 0 ? "vp@example.com" : null,
                },
                PublishedAt = random.Next(2) == 0 ? LibraryEntries.Start.AddHours(i + 30) : null,
                Restriction = restriction,
            };
            var entry = LibraryEntry.From(state);
            _entries.Add(entry);
            FtsLibrary.Upsert(_connection, entry);
        }
    }

    public void Dispose() => _connection.Dispose();

    public static TheoryData<string, Viewer> Viewers() => new()
    {
        { "local", Viewer.Local },
        { "outsider", Viewer.SignedIn(["nobody@example.com"], ["g-none"]) },
        { "signed in without names", Viewer.SignedIn([], []) },
        { "named person", Viewer.SignedIn(["ANA@example.com"], []) },
        { "person by a second name", Viewer.SignedIn(["rui", "rui@example.com"], []) },
        { "group member", Viewer.SignedIn(["someone@example.com"], ["g-security"]) },
        { "member of two groups", Viewer.SignedIn(["x@example.com"], ["G-HR", "g-legal"]) },
        { "sponsor", Viewer.SignedIn(["VP@example.com"], []) },
        { "kelvin sign", Viewer.SignedIn(["\u212AAI@EXAMPLE.COM"], []) },
        { "plain k", Viewer.SignedIn(["KAI@example.com"], []) },
        { "dotless i", Viewer.SignedIn(["IRIS@example.com"], []) },
        { "diaeresis", Viewer.SignedIn(["ZOË@EXAMPLE.COM"], ["g-sre"]) },
    };

    [Theory]
    [MemberData(nameof(Viewers))]
    public void Search_AsViewer_FindsExactlyWhatTheDomainListsInTheLibrary(string who, Viewer viewer)
    {
        var expected = _entries.Where(e => e.IsListed && e.Audience.ListsInLibrary(viewer, e.IsPublished)).Select(e => e.Id).Order().ToList();

        var listed = FtsLibrary.Search(_connection, new LibraryQuery { Limit = LibraryQuery.MaxLimit }, viewer);
        var found = FtsLibrary.Search(_connection, new LibraryQuery { Phrases = SearchText.Phrases("queue backlog"), Limit = LibraryQuery.MaxLimit }, viewer);

        Assert.Equal(expected, listed.Hits.Select(h => h.Id).Order());
        Assert.Equal(expected, found.Hits.Select(h => h.Id).Order());
        Assert.Equal(expected.Count, listed.Total);
        Assert.True(who == "local" || expected.Count < _entries.Count(e => e.IsListed), $"{who} should not see every post-mortem");
    }

    [Fact]
    public void Corpus_HasEveryKindOfEntry()
    {
        Assert.Contains(_entries, e => e.Audience.IsRestricted && e.IsPublished && e.IsListed);
        Assert.Contains(_entries, e => e.Audience.IsRestricted && !e.IsPublished && e.IsListed);
        Assert.Contains(_entries, e => !e.Audience.IsRestricted && e.IsPublished && e.IsListed);
        Assert.Contains(_entries, e => !e.Audience.IsRestricted && !e.IsPublished && e.IsListed);
        Assert.Contains(_entries, e => !e.IsListed);
        Assert.Contains(_entries, e => e.Audience.Groups.Count > 0);
    }

    private static IEnumerable<string> Pick(Random random, string[] from, int count) => from.OrderBy(_ => random.Next()).Take(count);

    private static string Recase(Random random, string text) => random.Next(3) switch
    {
        0 => text.ToUpperInvariant(),
        1 => text.ToLowerInvariant(),
        _ => text,
    };
}
