using PostMortemFlow.Domain.Library;

namespace PostMortemFlow.Domain.Tests.Library;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("connection pool", new[] { "connection", "pool" })]
    [InlineData("\"connection pool\" exhausted", new[] { "connection pool", "exhausted" })]
    [InlineData("orders-db", new[] { "orders db" })]
    [InlineData("Pool AND( OR NEAR", new[] { "pool", "and", "or", "near" })]
    [InlineData("\"unterminated phrase here", new[] { "unterminated phrase here" })]
    [InlineData("col:title * ^start", new[] { "col title", "start" })]
    [InlineData("Überlauf café", new[] { "überlauf", "café" })]
    [InlineData("   ", new string[0])]
    [InlineData("\"\" \" \" --", new string[0])]
    public void Phrases_Typed_AreWordsAndQuotedPhrasesWithoutSyntax(string typed, string[] expected)
    {
        Assert.Equal(expected, SearchText.Phrases(typed).Select(p => p.ToString()));
    }
}
