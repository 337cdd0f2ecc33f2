namespace PostMortemFlow.Domain.Model;

[GenerateSerializer, Alias("pmf.Impact")]
public sealed record Impact
{
    [Id(0)] public long? FailedRequests { get; init; }
    [Id(1)] public long? CustomersAffected { get; init; }
    [Id(2)] public decimal? EstimatedRevenueImpact { get; init; }
    [Id(3)] public string Currency { get; init; } = "USD";
    [Id(4)] public string Description { get; init; } = "";
}
