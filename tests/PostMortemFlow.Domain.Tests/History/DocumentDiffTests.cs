using CsCheck;
using PostMortemFlow.Domain.History;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.History;

public sealed class DocumentDiffTests
{
    private static readonly DateTimeOffset Start = new(2025, 2, 9, 10, 0, 0, TimeSpan.Zero);

    private static TimelineEntry Row(int minute, string text) => new() { Time = Start.AddMinutes(minute), Event = text, Source = "prometheus" };

    private static PostMortem WithRows(int count) => TestPostMortems.Valid() with { Timeline = [.. Enumerable.Range(0, count).Select(m => Row(m, $"row {m}"))] };

    private static string Json(PostMortem p) => DocumentDiff.ToJson(p);

    [Fact]
    public void Between_ARowAddedAmongMany_IsOneAddedEditAtItsPlace()
    {
        var before = WithRows(500);
        var after = before with { Timeline = before.Timeline.Insert(250, Row(250, "cache flushed by hand")) };

        var edits = DocumentDiff.Between(before, after);

        var added = Assert.Single(edits);
        Assert.Equal((EditKind.Added, "timeline[250]"), (added.Kind, added.Field));
        Assert.Equal("cache flushed by hand", DocumentDiff.FromJson<TimelineEntry>(added.After!)!.Event);
        Assert.Equal(Json(before), Json(DocumentDiff.Undo(after, edits)));
    }

    [Fact]
    public void Between_AWordChangedInARow_IsThatFieldOnly()
    {
        var before = WithRows(5);
        var after = before with { Timeline = before.Timeline.SetItem(3, before.Timeline[3] with { Event = "row three, corrected" }), Summary = "Checkout failed for 40 minutes." };

        var edits = DocumentDiff.Between(before, after);

        Assert.Equal(["summary", "timeline[3].event"], edits.Select(e => e.Field).Order());
        var row = edits.Single(e => e.Field == "timeline[3].event");
        Assert.Equal(("\"row 3\"", "\"row three, corrected\""), (row.Before, row.After));
        Assert.Equal(Json(before), Json(DocumentDiff.Undo(after, edits)));
    }

    [Fact]
    public void Between_TheSameDocument_IsNoEdit() =>
        Assert.Empty(DocumentDiff.Between(WithRows(3), WithRows(3)));

    /// <summary>Any edit of the lists people edit (rows, whys, lessons, items) is undone exactly by its own diff.</summary>
    [Fact]
    public void Undo_OfAnyEdit_GivesBackTheVersionBefore()
    {
        var words = Gen.Int[0, 6].Select(i => new[] { "deploy", "rollback", "page", "ack", "cache", "queue", "retry" }[i]);
        var rows = Gen.Select(Gen.Int[0, 30], words, words, (m, a, b) => Row(m, $"{a} {b}")).List[0, 12];
        var lists = words.List[0, 6];
        var documents = Gen.Select(rows, lists, lists, words, (timeline, whys, lessons, summary) =>
        {
            var valid = TestPostMortems.Valid();
            var factors = valid.Analysis.Factors;
            return valid with
            {
                Timeline = [.. timeline], LessonsLearned = [.. lessons], Summary = summary,
                Analysis = valid.Analysis with { Factors = factors.IsEmpty ? factors : factors.SetItem(0, factors[0] with { Whys = [.. whys] }) },
            };
        });

        var pcg = new PCG(1, 20261207);
        for (var i = 0; i < 400; i++)
        {
            var (before, after) = Gen.Select(documents, documents).Generate(pcg, null!, out _);
            Assert.Equal(Json(before), Json(DocumentDiff.Undo(after, DocumentDiff.Between(before, after))));
        }
    }
}
