using System.Text.Json;
using PostMortemFlow.Domain.Insights;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Server.Features.Catalog;

namespace PostMortemFlow.Server.Tests.Api;

/// <summary>The list row: what the gauges need from it, rows stored before it had that, and equality that decides catalog writes.</summary>
public sealed class PostMortemSummaryTests
{
    private static readonly DateTimeOffset Started = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Read_RowStoredBeforeTheTelemetryFields_HasThemNull()
    {
        const string stored = """
            {"id":"pm-old","title":"Old","severity":"Sev2","phase":"AnalysisReview","isNearMiss":false,
             "startedAt":"2026-03-02T10:00:00+00:00","nextDeadline":"2026-03-04T11:00:00+00:00","nextTimer":"publish-deadline"}
            """;

        var row = JsonSerializer.Deserialize<PostMortemSummary>(stored, CatalogJson.Options)!;

        Assert.Equal(Phase.AnalysisReview, row.Phase);
        Assert.Null(row.PublishClockStart);
        Assert.Null(row.OpenActionItems);
        Assert.Null(row.Facts);
    }

    [Fact]
    public void From_State_KeepsTheClockStartAndTheOpenItemsOnly()
    {
        var state = State(
            new ActionItem { Id = "AI-001", Action = "a", Priority = ActionPriority.High, Deadline = new DateOnly(2026, 4, 1) },
            new ActionItem { Id = "AI-002", Action = "b", Priority = ActionPriority.Low, Status = ActionItemStatus.Done });

        var row = PostMortemSummary.From(state);

        Assert.Equal(Started.AddHours(1), row.PublishClockStart);
        Assert.Equal([new OpenActionItem(ActionPriority.High, new DateOnly(2026, 4, 1))], row.OpenActionItems);
        Assert.Equal(["AI-001", "AI-002"], row.Facts!.ActionItems.Select(i => i.Id));
        var roundTrip = JsonSerializer.Deserialize<PostMortemSummary>(JsonSerializer.Serialize(row, CatalogJson.Options), CatalogJson.Options);
        Assert.Equal(row, roundTrip);
    }

    [Fact]
    public void Equals_SameItemsInOtherLists_IsEqual()
    {
        var item = new ActionItem { Id = "AI-001", Action = "a", Priority = ActionPriority.Medium };

        Assert.Equal(PostMortemSummary.From(State(item)), PostMortemSummary.From(State(item)));
    }

    [Fact]
    public void Equals_AnItemChanged_IsNotEqual()
    {
        var item = new ActionItem { Id = "AI-001", Action = "a", Priority = ActionPriority.Medium };

        Assert.NotEqual(PostMortemSummary.From(State(item)), PostMortemSummary.From(State(item with { Priority = ActionPriority.High })));
    }

    [Fact]
    public void Equals_AnyOtherMemberChanged_IsNotEqual()
    {
        var row = PostMortemSummary.From(State());
        PostMortemSummary[] changed =
        [
            row with { Id = "pm-other" }, row with { Title = "Other" }, row with { Severity = Severity.Sev0 },
            row with { Phase = Phase.Closed }, row with { IsNearMiss = true }, row with { StartedAt = Started.AddMinutes(1) },
            row with { NextDeadline = Started }, row with { NextTimer = "other" }, row with { PublishClockStart = null },
            row with { Facts = null }, row with { Facts = row.Facts! with { Factors = [new FactorFact(FactorCategory.Testing, "other")] } },
            row with { Audience = row.Audience! with { IsRestricted = true } },
        ];

        // Every member of the row but the items is listed above; a new member must be added to Equals and here.
        Assert.Equal(typeof(PostMortemSummary).GetProperties().Length, changed.Length);
        Assert.All(changed, other => Assert.NotEqual(row, other));
    }

    private static PostMortemState State(params ActionItem[] items) => new()
    {
        Id = "pm-row",
        Phase = Phase.AnalysisReview,
        PostMortem = new PostMortem
        {
            Title = "Orders API degradation",
            Incident = new Incident { StartedAt = Started, EndedAt = Started.AddHours(1) },
            ActionItems = [.. items],
        },
    };
}
