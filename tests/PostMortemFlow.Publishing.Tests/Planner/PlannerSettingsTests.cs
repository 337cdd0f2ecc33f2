using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.Graph;
using PostMortemFlow.Integrations.Identity;
using PostMortemFlow.Integrations.Settings;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Publishing.Tests.Planner;

public sealed class PlannerSettingsTests
{
    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<IReviewLinkIssuer, TestLinks>();
        builder.Services.AddSingleton(new AzureCredentials(new FakeTokenCredential(), new FakeTokenCredential()));
        builder.Services.AddPublishing();
        return builder.Build();
    }

    [Fact]
    public async Task TicketsProviderPlanner_RegistersOneClientForTicketsAndStatuses_WithoutASenderMailbox()
    {
        await using var app = Build(new()
        {
            ["Tickets:Provider"] = "Planner",
            ["Graph:ClientId"] = "00000000-0000-0000-0000-000000000001",
            ["Planner:DefaultPlan"] = "plan-1/bucket-1",
            ["Planner:Plans:checkout-api"] = "plan-2/bucket-2",
            ["Planner:Assignees:@omar"] = GraphFixture.OmarUserId,
        });

        var tracker = app.Services.GetRequiredService<ITicketTracker>();

        Assert.IsType<PlannerTicketClient>(tracker);
        Assert.Same(tracker, app.Services.GetRequiredService<ITicketStatusSource>());
        Assert.Equal("plan-2/bucket-2", app.Services.GetRequiredService<IOptions<PlannerTicketClientOptions>>().Value.Plans["checkout-api"]);
        Assert.Null(app.Services.GetRequiredService<IOptions<GraphClientOptions>>().Value.SenderMailbox);
    }

    [Fact]
    public async Task BadPlannerSettings_AreRefusedNamingTheSettingsButNotTheirValues()
    {
        await using var app = Build(new()
        {
            ["Tickets:Provider"] = "Planner",
            ["Graph:ClientId"] = "00000000-0000-0000-0000-000000000001",
            ["Planner:DefaultPlan"] = "just-a-plan-id",
            ["Planner:Assignees:omar@example.com"] = "omar-secret-handle",
        });

        var failure = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<PlannerTicketClientOptions>>().Value);

        Assert.Contains("Planner:DefaultPlan must be planId/bucketId.", failure.Failures);
        Assert.Contains("Planner:Assignees:omar@example.com must be an Entra ID user object id (a GUID).", failure.Failures);
        Assert.DoesNotContain("just-a-plan-id", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("omar-secret-handle", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoPlanAtAll_IsRefused()
    {
        var result = new PlannerTicketClientOptionsValidator().Validate(null, new PlannerTicketClientOptions());

        Assert.True(result.Failed);
        Assert.Contains("Planner:DefaultPlan or at least one Planner:Plans:<service>", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TicketsProvider_AcceptsPlannerInAnyCase()
    {
        await using var app = Build(new() { ["Tickets:Provider"] = "planner" });

        Assert.Equal(TicketsProvider.Planner, app.Services.GetRequiredService<IOptions<PublishingProviders>>().Value.Tickets.Provider);
    }
}
