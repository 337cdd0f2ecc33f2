namespace PostMortemFlow.Server.Tests.Persistence;

[GenerateSerializer, Alias("pmf.tests.ProbeSnapshot")]
public sealed record ProbeSnapshot(
    [property: Id(0)] string? Note,
    [property: Id(1)] int Ticks,
    [property: Id(2)] string? PostMortemTitle,
    [property: Id(3)] string? ActionItemDeadline);
