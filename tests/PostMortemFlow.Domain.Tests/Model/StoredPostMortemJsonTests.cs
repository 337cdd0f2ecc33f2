using System.Text.Json;
using System.Text.Json.Nodes;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Model;

/// <summary>Post-mortems stored before the as-written members existed still read, with those members at their defaults.</summary>
public class StoredPostMortemJsonTests
{
    private static readonly string[] NewMembers =
        ["SeverityAsWritten", "DurationAsWritten", "KindInferred", "CategoryAsWritten", "PriorityAsWritten", "HeadingNotes", "Prevention"];

    [Fact]
    public void Deserialize_JsonWithoutTheNewMembers_ReadsDefaults()
    {
        var parsed = MarkdownReportParser.Parse(TemplateExamples.Read(TemplateExamples.PaymentIncident)).PostMortem;
        var json = JsonNode.Parse(JsonSerializer.Serialize(parsed))!;
        RemoveEverywhere(json, NewMembers);

        var old = JsonSerializer.Deserialize<PostMortem>(json.ToJsonString())!;

        Assert.Null(old.Incident.SeverityAsWritten);
        Assert.Null(old.Incident.DurationAsWritten);
        Assert.All(old.Timeline, e => Assert.False(e.KindInferred));
        Assert.All(old.Analysis.Factors, f => Assert.Null(f.CategoryAsWritten));
        Assert.All(old.ActionItems, a => Assert.Null(a.PriorityAsWritten));
        Assert.Empty(old.HeadingNotes);
        Assert.Equal("", old.Prevention);
        Assert.Equal(parsed.Timeline.Select(e => e.Time), old.Timeline.Select(e => e.Time));
        Assert.Equal(parsed.ActionItems.Select(a => a.Priority), old.ActionItems.Select(a => a.Priority));
    }

    [Fact]
    public void SerializeDeserialize_NewMembers_SurviveTheRoundTrip()
    {
        var parsed = MarkdownReportParser.Parse(TemplateExamples.Read(TemplateExamples.PaymentIncident)).PostMortem;

        var back = JsonSerializer.Deserialize<PostMortem>(JsonSerializer.Serialize(parsed))!;

        Assert.Equal(JsonSerializer.Serialize(parsed), JsonSerializer.Serialize(back));
        Assert.Equal("all times UTC", back.HeadingNotes["Timeline"]);
    }

    private static void RemoveEverywhere(JsonNode node, string[] names)
    {
        if (node is JsonObject obj)
        {
            foreach (var name in names)
            {
                obj.Remove(name);
            }
            foreach (var (_, child) in obj.ToList())
            {
                if (child is not null)
                {
                    RemoveEverywhere(child, names);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.OfType<JsonNode>())
            {
                RemoveEverywhere(child, names);
            }
        }
    }
}
