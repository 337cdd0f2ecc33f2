namespace PostMortemFlow.Integrations.Tests.Infrastructure;

/// <summary>A clock stopped at a given time; delays still pass in real time so retries stay honest.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
