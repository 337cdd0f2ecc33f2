namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>The browser tests share one real server and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class UiCollection : ICollectionFixture<UiServer>
{
    public const string Name = "review-ui";
}
