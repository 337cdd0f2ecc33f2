namespace PostMortemFlow.Domain.Model;

/// <summary>A question as it was asked, and the person's answer in their own words.</summary>
[GenerateSerializer, Alias("pmf.AccountAnswer")]
public sealed record AccountAnswer
{
    [Id(0)] public string Question { get; init; } = "";
    [Id(1)] public string Answer { get; init; } = "";
}
