using PostMortemFlow.Domain.Library;

namespace PostMortemFlow.Domain.Tests.Library;

public sealed class MarkedTextTests
{
    private const char O = MarkedText.Open;
    private const char C = MarkedText.Close;

    [Fact]
    public void ToHtml_MarkedMatches_AreMarked_AndTheTextEncoded()
    {
        var html = MarkedText.ToHtml($"<script>alert(1)</script> the {O}pool{C} & {O}\"queue\"{C}");

        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; the <mark>pool</mark> &amp; <mark>&quot;queue&quot;</mark>", html);
    }

    [Fact]
    public void ToHtml_UnbalancedSentinels_StillGiveBalancedMarks()
    {
        Assert.Equal("a<mark>b</mark>", MarkedText.ToHtml($"a{O}b"));
        Assert.Equal("ab", MarkedText.ToHtml($"a{C}b"));
    }

    [Fact]
    public void Clean_And_Excerpt_DropSentinels_AndCutAtAWord()
    {
        Assert.Equal("ab", MarkedText.Clean($"a{O}b{C}"));
        Assert.Equal("one two…", MarkedText.Excerpt("one two three", 8));
        Assert.Equal("&lt;b&gt;", MarkedText.Excerpt("<b>", 10));
    }
}
