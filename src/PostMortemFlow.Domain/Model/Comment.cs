namespace PostMortemFlow.Domain.Model;

/// <summary>
/// One comment of the review's discussion: on the whole post-mortem, a timeline row, a contributing factor or an action
/// item. A thread is its first comment and the replies to it; the thread is resolved or open as a whole.
/// </summary>
[GenerateSerializer, Alias("pmf.Comment")]
public sealed record Comment
{
    /// <summary>"C1", "C2"… in the order they were written.</summary>
    [Id(0)] public string Id { get; init; } = "";
    /// <summary>The thread's first comment; null for the first comment itself.</summary>
    [Id(1)] public string? ReplyTo { get; init; }
    /// <summary>Where it is: <c>postmortem</c>, <c>timeline[3]</c>, <c>analysis.factors[1]</c> or <c>actionItems[AI-002]</c>.</summary>
    [Id(2)] public string Anchor { get; init; } = CommentAnchors.PostMortem;
    /// <summary>The words of the place it was written about, as they were then, so it still reads right after the rows move.</summary>
    [Id(3)] public string Quote { get; init; } = "";
    [Id(4)] public string Author { get; init; } = "";
    [Id(5)] public string Text { get; init; } = "";
    [Id(6)] public DateTimeOffset At { get; init; }
    [Id(7)] public DateTimeOffset? EditedAt { get; init; }
    /// <summary>Deleted by its author: the text is gone, the place in the thread stays.</summary>
    [Id(8)] public bool Deleted { get; init; }
    /// <summary>On a thread's first comment: the discussion is settled.</summary>
    [Id(9)] public bool Resolved { get; init; }
    [Id(10)] public string? ResolvedBy { get; init; }
    /// <summary>The addresses its <c>@mentions</c> were e-mailed to, each once.</summary>
    [Id(11)] public ImmutableList<string> Mentioned { get; init; } = [];
    /// <summary>The sender's idempotency key: the same comment sent again is not added twice.</summary>
    [Id(12)] public string? Key { get; init; }

    public bool IsThreadStart => ReplyTo is null;

    /// <summary>A thread still to settle: its first comment, neither resolved nor deleted.</summary>
    public bool IsOpen => IsThreadStart && !Resolved && !Deleted;
}
