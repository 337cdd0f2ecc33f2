using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Insights;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.Settings;
using PostMortemFlow.Integrations.Telemetry;
using PostMortemFlow.Server.Tests.Telemetry;

namespace PostMortemFlow.Server.Tests.Workflow;

/// <summary>The weekly digest is sent with the factors other post-mortems found too, read from the host's list when it is sent.</summary>
public sealed class DigestDispatchTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly RecordingEffects _effects = new();

    private sealed class FixedFacts(params PostMortemFacts[] facts) : IPostMortemFactsSource
    {
        public Task<IReadOnlyList<PostMortemFacts>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<PostMortemFacts>>(facts);
    }

    public void Dispose() => _services.Dispose();

    private static PostMortemFacts Facts(string id, string factor) => new()
    {
        Id = id,
        Title = "Incident " + id,
        StartedAt = Now.AddDays(-30),
        Factors = [new FactorFact(FactorCategory.Monitoring, factor)],
        ActionItems = [new ActionItemFact("AI-001", ActionItemStatus.Open, Now.AddDays(-29), null, FactorCategory.Monitoring)],
    };

    private static OutboxEntry Entry(EmailPurpose purpose) => new()
    {
        Id = "email:digest:1",
        Kind = EffectKind.SendEmail,
        Email = new EmailMessage { Purpose = purpose, To = ["rui@example.com"], Subject = "Weekly review", Body = "1 action item(s) are open:\n" },
    };

    private EffectDispatcher Dispatcher(IPostMortemFactsSource facts)
    {
        var clock = new ManualClock(Now);
        var metrics = new PostMortemMetrics(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), clock, Options.Create(new WorkflowOptions()));
        return new EffectDispatcher(_effects, _effects, _effects, _effects, _effects, [_effects], [], new NoTicketComments(), facts, new NoSuggestions(), new NoPeopleDirectory(), metrics, clock);
    }

    [Fact]
    public async Task WeeklyDigest_AFactorFoundElsewhereWithOpenItems_IsSentNamingIt_OtherMailAsDecided()
    {
        var dispatcher = Dispatcher(new FixedFacts(
            Facts("pm-1", "No alert fired on disk usage of the database hosts."),
            Facts("pm-2", "The database hosts had no alert on disk usage.")));
        var state = new PostMortemState { Id = "pm-1", Phase = Phase.Tracking };

        await dispatcher.ExecuteAsync(Entry(EmailPurpose.WeeklyDigest), state, default);
        await dispatcher.ExecuteAsync(Entry(EmailPurpose.PublishNudge), state, default);

        var sent = _effects.Emails.Select(e => e.Message).ToList();
        Assert.Contains("also in pm-2 \"Incident pm-2\"", Assert.Single(sent[0].RecurringFactors), StringComparison.Ordinal);
        Assert.Contains("Recurring factors", sent[0].Body, StringComparison.Ordinal);
        Assert.Empty(sent[1].RecurringFactors);
    }
}
