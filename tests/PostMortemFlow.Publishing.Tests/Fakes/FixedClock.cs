namespace PostMortemFlow.Publishing.Tests.Fakes;

public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
