using PostMortemFlow.Functions.Worker;

namespace PostMortemFlow.Functions.Tests.Contract;

/// <summary>The app's host.json keeps a crashed worker's taken messages from waiting the provider's default five minutes.</summary>
public sealed class HostJsonTests
{
    [Theory]
    [InlineData("controlQueueVisibilityTimeout")]
    [InlineData("workItemQueueVisibilityTimeout")]
    public void VisibilityTimeouts_AreSet_AndAtMostAMinute(string name)
    {
        var timeout = HostJson.StorageProviderTime(name);

        Assert.InRange(timeout, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1));
    }
}
