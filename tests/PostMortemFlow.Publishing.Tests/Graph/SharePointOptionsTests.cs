using PostMortemFlow.Integrations.Graph;

namespace PostMortemFlow.Publishing.Tests.Graph;

public sealed class SharePointOptionsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Post-mortems")]
    [InlineData("/post-mortems/")]
    public void RestrictedFolder_BlankOrTheOpenFolder_IsRefusedOnStart(string restricted)
    {
        var result = new SharePointClientOptionsValidator().Validate(null, new SharePointClientOptions { SiteId = "site", RestrictedFolder = restricted });

        Assert.True(result.Failed);
        Assert.Contains("SharePoint:RestrictedFolder", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AreValid()
    {
        Assert.True(new SharePointClientOptionsValidator().Validate(null, new SharePointClientOptions { SiteId = "site" }).Succeeded);
    }
}
