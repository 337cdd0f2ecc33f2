using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Reporting.Reading;

namespace PostMortemFlow.Domain.Tests.Reporting.Reading;

/// <summary>A near miss is read only where the document says so: a field, the title or the severity; never from the story.</summary>
public sealed class NearMissReadingTests
{
    private static PostMortemDocument Read(string markdown) => PostMortemReader.Read(MarkdownBlocks.Read(markdown));

    [Theory]
    [InlineData("# Near miss: the canary stopped a bad rollout\n\n## Summary\n\nNothing reached customers.")]
    [InlineData("# Canary stopped a bad rollout\n\n**Severity:** Near-miss\n\n## Summary\n\nNothing reached customers.")]
    [InlineData("---\ntitle: Canary stopped a bad rollout\nnear_miss: yes\n---\n\n## Summary\n\nNothing reached customers.")]
    [InlineData("# Canary stopped a bad rollout\n\n**Near miss:** yes\n\n## Summary\n\nNothing reached customers.")]
    public void Stated_IsReadAsANearMiss_WithANote(string markdown)
    {
        var document = Read(markdown);

        Assert.True(document.PostMortem.Incident.IsNearMiss);
        Assert.Contains(document.Notes, n => n.Message == "Read as a near miss.");
    }

    [Theory]
    [InlineData("# Canary stopped a bad rollout\n\n**Near miss:** no\n\n## Summary\n\nIt was nearly a miss, but customers saw errors.")]
    [InlineData("# Checkout failed\n\n## Summary\n\nWe had a near miss last month too; this one was not.")]
    public void NotStated_IsNotANearMiss(string markdown)
    {
        Assert.False(Read(markdown).PostMortem.Incident.IsNearMiss);
    }
}
