using PostMortemFlow.Domain.Insights;

namespace PostMortemFlow.Domain.Tests.Insights;

public sealed class FactorTokensTests
{
    [Theory]
    [InlineData("No ALERT fired on the DB hosts.", "alert fir database host")]
    [InlineData("Alerting on certs", "alert certificate")]
    [InlineData("The provider's API timed out", "provid api tim out")]
    [InlineData("queues, caches and retries", "queu cach retry")]
    [InlineData("v2.3.0 shipped 200,000 messages", "v2 3 0 ship 200 000 messag")]
    [InlineData("", "")]
    public void Of_Text_IsLowerCaseStemmedWithoutStopWords(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', FactorTokens.Of(text)));
    }

    [Theory]
    [InlineData("alerts", "alert")]
    [InlineData("alerted", "alert")]
    [InlineData("running", "run")]
    [InlineData("stopped", "stop")]
    [InlineData("replicas", "replica")]
    [InlineData("configuration", "configur")]
    [InlineData("configured", "configur")]
    [InlineData("status", "status")]
    [InlineData("bus", "bus")]
    [InlineData("k8s", "k8s")]
    public void Stem_Word_MeetsItsOtherForms(string word, string stem)
    {
        Assert.Equal(stem, LightStemmer.Stem(word));
    }
}
