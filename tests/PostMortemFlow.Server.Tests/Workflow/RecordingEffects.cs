using System.Collections.Concurrent;
using System.Collections.Immutable;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Server.Tests.Workflow;

/// <summary>
/// Effect executors that record what they were asked to do, shared by every silo of a test cluster.
/// <see cref="FailuresBeforeSuccess"/> makes chosen keys fail a number of times first, like a throttled API.
/// </summary>
public sealed class RecordingEffects : IEmailSender, IReportPublisher, ITicketTracker, IFollowUpScheduler, IEvidenceCollector, ITicketStatusSource
{
    public const string EvidenceSource = "test-evidence";

    private readonly ConcurrentDictionary<string, int> _attempts = new();

    public ConcurrentQueue<(string Key, EmailMessage Message, DateTimeOffset At)> Emails { get; } = new();
    public ConcurrentQueue<string> Published { get; } = new();
    public ConcurrentQueue<string> Tickets { get; } = new();
    public ConcurrentQueue<(string Key, DateTimeOffset At)> FollowUps { get; } = new();
    public ConcurrentDictionary<string, int> FailuresBeforeSuccess { get; } = new();
    public ConcurrentDictionary<string, ImmutableList<TimelineEntry>> Evidence { get; } = new();

    public string Source => EvidenceSource;

    public Task SendAsync(PostMortemState state, string idempotencyKey, EmailMessage message, CancellationToken cancellationToken = default)
    {
        FailIfAsked(idempotencyKey);
        Emails.Enqueue((idempotencyKey, message, DateTimeOffset.UtcNow));
        return Task.CompletedTask;
    }

    public Task<string> PublishAsync(PostMortemState state, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        FailIfAsked(idempotencyKey);
        Published.Enqueue(idempotencyKey);
        return Task.FromResult($"https://reports.example/{state.Id}");
    }

    public Task<string> CreateTicketAsync(PostMortemState state, ActionItem item, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        FailIfAsked(idempotencyKey);
        Tickets.Enqueue(idempotencyKey);
        return Task.FromResult($"https://tracker.example/{state.Id}/{item.Id}");
    }

    public Task ScheduleAsync(PostMortemState state, DateTimeOffset at, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        FailIfAsked(idempotencyKey);
        FollowUps.Enqueue((idempotencyKey, at));
        return Task.CompletedTask;
    }

    public Task<CollectorFinished> CollectAsync(PostMortemState state, CancellationToken cancellationToken = default) =>
        Task.FromResult(new CollectorFinished(EvidenceSource, Evidence.GetValueOrDefault(state.Id, []), []));

    public Task<ImmutableDictionary<string, ActionItemStatus>> ReadStatusesAsync(PostMortemState state, CancellationToken cancellationToken = default) =>
        Task.FromResult(ImmutableDictionary<string, ActionItemStatus>.Empty);

    public int AttemptsOf(string key) => _attempts.GetValueOrDefault(key);

    public IReadOnlyList<EmailMessage> EmailsFor(string postMortemId) =>
        Emails.Where(e => e.Key.StartsWith(postMortemId + "/", StringComparison.Ordinal)).Select(e => e.Message).ToList();

    private void FailIfAsked(string key)
    {
        var attempt = _attempts.AddOrUpdate(key, 1, (_, n) => n + 1);
        if (attempt <= FailuresBeforeSuccess.GetValueOrDefault(key))
        {
            throw new HttpRequestException($"503 Service Unavailable (attempt {attempt})");
        }
    }
}
