using System.Diagnostics;

namespace PostMortemFlow.Server.Tests.Persistence;

/// <summary>Polls a condition until it holds or a deadline passes, instead of sleeping a fixed time.</summary>
public static class Eventually
{
    public static async Task<T> ReachAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (condition(value))
            {
                return value;
            }

            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"Condition not reached within {timeout}; last value: {value}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
