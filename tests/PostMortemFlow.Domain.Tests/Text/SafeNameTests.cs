using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Tests.Text;

public sealed class SafeNameTests
{
    [Theory]
    [InlineData("pm-20250209-abc", true)]
    [InlineData("events.ndjson", true)]
    [InlineData("..", false)]
    [InlineData(".", false)]
    [InlineData("a/b", false)]
    [InlineData("", false)]
    [InlineData("naïve", false)]
    public void IsSafe_Names(string name, bool safe) => Assert.Equal(safe, SafeName.IsSafe(name));

    [Fact]
    public void From_LongName_KeepsItsExtensionWithinTheLimit()
    {
        var safe = SafeName.From(new string('a', 300) + ".ndjson");

        Assert.Equal(SafeName.MaxLength, safe.Length);
        Assert.EndsWith(".ndjson", safe, StringComparison.Ordinal);
        Assert.True(SafeName.IsSafe(safe));
    }

    [Theory]
    [InlineData("pm-1/email:review:1", "pm-1_email_review_1")]
    [InlineData("...", "file")]
    [InlineData("???", "file")]
    public void From_Text_ReplacesWhatIsNotSafe(string text, string safe) => Assert.Equal(safe, SafeName.From(text));
}
