using PostMortemFlow.Domain.Library;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Tests.Library;

public sealed class LibraryQueryTests
{
    private static LibraryQueryParse Parse(params (string Field, string Value)[] values) =>
        LibraryQuery.Parse(field => values.Where(v => v.Field == field).Select(v => v.Value).FirstOrDefault());

    [Fact]
    public void Parse_Nothing_IsEverythingNewestFirst_WithTheDefaultLimit()
    {
        var query = Parse().Query!;

        Assert.False(query.HasText);
        Assert.Equal((null, null, null, null, null, null, LibraryQuery.DefaultLimit),
            (query.Service, query.Severity, query.Category, query.From, query.To, query.NearMiss, query.Limit));
    }

    [Fact]
    public void Parse_EveryFilter_ReadsEach()
    {
        var query = Parse(("q", "  pool \"certificate expired\" "), ("service", " orders-api "), ("severity", "sev1"), ("category", "changemanagement"),
            ("from", "2025-02-01"), ("to", "2025-02-09"), ("nearMiss", "true"), ("limit", "100")).Query!;

        Assert.Equal(["pool", "certificate expired"], query.Phrases.Select(p => p.ToString()));
        Assert.Equal(("orders-api", Severity.Sev1, FactorCategory.ChangeManagement, true, 100),
            (query.Service, query.Severity, query.Category, query.NearMiss, query.Limit));
        Assert.Equal(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), query.From);
        // A date for the end of the range includes that whole UTC day.
        Assert.Equal(new DateTimeOffset(2025, 2, 10, 0, 0, 0, TimeSpan.Zero).AddTicks(-1), query.To);
    }

    [Fact]
    public void Parse_TimesWithAZone_AreKeptAsUtc()
    {
        var query = Parse(("from", "2025-02-09T12:05:00+02:00"), ("to", "2025-02-09T10:35:00Z")).Query!;

        Assert.Equal((new DateTimeOffset(2025, 2, 9, 10, 5, 0, TimeSpan.Zero), TimeSpan.Zero), (query.From!.Value, query.From.Value.Offset));
        Assert.Equal(new DateTimeOffset(2025, 2, 9, 10, 35, 0, TimeSpan.Zero), query.To);
    }

    [Theory]
    [InlineData("severity", "Sev5")]
    [InlineData("severity", "2")]
    [InlineData("severity", "critical")]
    [InlineData("category", "Blame")]
    [InlineData("category", "3")]
    [InlineData("from", "yesterday")]
    [InlineData("from", "2025-02-09T10:05:00")]
    [InlineData("to", "2025-13-01")]
    [InlineData("nearMiss", "yes")]
    [InlineData("limit", "0")]
    [InlineData("limit", "101")]
    [InlineData("limit", "-5")]
    [InlineData("limit", "ten")]
    public void Parse_BadValue_IsAProblemNamingTheField(string field, string value)
    {
        var parse = Parse((field, value));

        Assert.Null(parse.Query);
        Assert.Equal([field], parse.Problems.Keys);
        Assert.NotEmpty(parse.Problems[field][0]);
    }

    [Fact]
    public void Parse_EndBeforeStart_IsAProblemOfTo_AndEveryBadFieldIsNamed()
    {
        Assert.Equal(["to"], Parse(("from", "2025-02-09"), ("to", "2025-02-08")).Problems.Keys);
        Assert.Equal(["q", "severity", "limit"], Parse(("q", new string('a', LibraryQuery.MaxTextLength + 1)), ("severity", "x"), ("limit", "x")).Problems.Keys);
        Assert.Equal(["q"], Parse(("q", string.Join(' ', Enumerable.Range(0, LibraryQuery.MaxPhrases + 1).Select(i => $"w{i}")))).Problems.Keys);
        Assert.Equal(["service"], Parse(("service", new string('s', LibraryQuery.MaxServiceLength + 1))).Problems.Keys);
    }

    [Fact]
    public void Parse_OnlyPunctuation_HasNoText()
    {
        var query = Parse(("q", "\" ( * - \"\" ^ :")).Query!;

        Assert.False(query.HasText);
    }
}
