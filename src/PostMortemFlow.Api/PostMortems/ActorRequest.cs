namespace PostMortemFlow.Api.PostMortems;

/// <summary>Body of the approve, request-changes, status and cancel calls.</summary>
public sealed record ActorRequest
{
    public string? By { get; init; }
    public string? Reason { get; init; }
    public PostMortemFlow.Domain.Model.ActionItemStatus? Status { get; init; }
    /// <summary>On approve: settle the open comment threads with the approval (without it, open threads are a 409 naming them).</summary>
    public bool ResolveOpenComments { get; init; }
}
