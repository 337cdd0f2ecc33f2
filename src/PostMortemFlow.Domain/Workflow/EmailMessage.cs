namespace PostMortemFlow.Domain.Workflow;

[GenerateSerializer, Alias("pmf.EmailMessage")]
public sealed record EmailMessage
{
    [Id(0)] public EmailPurpose Purpose { get; init; }
    [Id(1)] public ImmutableList<string> To { get; init; } = [];
    [Id(2)] public string Subject { get; init; } = "";
    /// <summary>Plain text; an executor may render a richer body from the purpose and the post-mortem.</summary>
    [Id(3)] public string Body { get; init; } = "";
    /// <summary>The weekly digest's recurring factors, one line each, added when it is sent (the catalog is not the decider's to read).</summary>
    [Id(4)] public ImmutableList<string> RecurringFactors { get; init; } = [];
    /// <summary>Where on the page its link should open (<c>comment-C3</c>), added to the link as its fragment.</summary>
    [Id(5)] public string? Anchor { get; init; }
}
