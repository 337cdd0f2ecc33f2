using PostMortemFlow.Domain.Rules.Language;

namespace PostMortemFlow.Domain.Tests.Rules;

public class SentenceSplitterTests
{
    [Fact]
    public void Split_VersionsAbbreviationsAndTimes_KeepsSentencesWhole()
    {
        var sentences = SentenceSplitter.Split(
            "At 10:05 v2.3.0 shipped, e.g. to eu-west-1. The pool (approx. 20) was exhausted! Was it orders.customer_id?");

        Assert.Equal(
            ["At 10:05 v2.3.0 shipped, e.g. to eu-west-1.", "The pool (approx. 20) was exhausted!", "Was it orders.customer_id?"],
            sentences.Select(s => s.Text));
    }

    [Fact]
    public void Split_ListItemsAndBlankLines_StartNewSentencesWithTheirLineOffset()
    {
        var sentences = SentenceSplitter.Split("Causes:\n- the pool filled\n- the alert was silent\n\nThen recovery");

        Assert.Equal(["Causes:", "- the pool filled", "- the alert was silent", "Then recovery"], sentences.Select(s => s.Text));
        Assert.Equal([0, 1, 2, 4], sentences.Select(s => s.LineOffset));
    }
}
