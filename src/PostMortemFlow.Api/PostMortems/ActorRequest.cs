namespace PostMortemFlow.Api.PostMortems;

/// <summary>Body of the approve, request-changes, status and cancel calls.</summary>
public sealed record ActorRequest
{
    public string? By { get; init; }
    public string? Reason { get; init; }
    public PostMortemFlow.Domain.Model.ActionItemStatus? Status { get; init; }
}
