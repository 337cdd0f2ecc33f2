namespace PostMortemFlow.Domain.Workflow;

/// <summary>
/// An effect recorded in the post-mortem's state before it runs. It runs at least once, under its
/// idempotency key, and leaves the outbox only when it succeeded.
/// </summary>
[GenerateSerializer, Alias("pmf.OutboxEntry")]
public sealed record OutboxEntry
{
    /// <summary>Unique within the post-mortem and stable across retries: the idempotency key.</summary>
    [Id(0)] public string Id { get; init; } = "";
    [Id(1)] public EffectKind Kind { get; init; }
    [Id(2)] public DateTimeOffset CreatedAt { get; init; }
    [Id(3)] public int Attempts { get; init; }
    [Id(4)] public DateTimeOffset NextAttemptAt { get; init; }
    [Id(5)] public string? LastError { get; init; }
    [Id(6)] public EmailMessage? Email { get; init; }
    /// <summary>The evidence source, or the action item id, the effect is about.</summary>
    [Id(7)] public string? Target { get; init; }
    /// <summary>When the scheduled follow-up review takes place.</summary>
    [Id(8)] public DateTimeOffset? At { get; init; }
    /// <summary>The text a ticket comment carries.</summary>
    [Id(9)] public string? Text { get; init; }
}
