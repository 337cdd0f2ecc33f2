namespace PostMortemFlow.Server.Tests.Persistence;

[GenerateSerializer, Alias("pmf.tests.CounterState")]
public sealed class CounterState
{
    [Id(0)] public int Value { get; set; }
    [Id(1)] public string? Label { get; set; }
}
