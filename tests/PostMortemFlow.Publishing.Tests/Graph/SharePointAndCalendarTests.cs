using DocumentFormat.OpenXml.Packaging;
using PostMortemFlow.Integrations.Graph;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Publishing.Tests.Graph;

public sealed class SharePointAndCalendarTests : IAsyncLifetime
{
    private const string Folder = "Post-mortems/2025/pm-20250209-api-api-degradation";
    private GraphFixture _graph = null!;

    public async Task InitializeAsync() => _graph = await GraphFixture.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task Publish_UploadsHtmlMarkdownAndWordByPath_AndReturnsTheHtmlWebUrl()
    {
        var location = await _graph.SharePoint().PublishAsync(TestStates.Published(), "pm-20250209-api/publish:3");

        var puts = _graph.Cloud.Matching("PUT", ":/content$");
        Assert.Equal(
            [$"/v1.0/drives/drive-of-contoso.sharepoint.example,site-guid,web-guid/root:/{Folder}/report.md:/content",
             $"/v1.0/drives/drive-of-contoso.sharepoint.example,site-guid,web-guid/root:/{Folder}/report.docx:/content",
             $"/v1.0/drives/drive-of-contoso.sharepoint.example,site-guid,web-guid/root:/{Folder}/report.html:/content"],
            puts.Select(p => p.Path));
        Assert.All(_graph.Cloud.Requests, r => Assert.Equal($"Bearer {FakeTokenCredential.Token}", r.Authorization));
        Assert.EndsWith($"{Folder}/report.html", location, StringComparison.Ordinal);
        Assert.StartsWith("https://contoso.sharepoint.example/", location, StringComparison.Ordinal);
        Assert.Contains("<html", System.Text.Encoding.UTF8.GetString(_graph.Cloud.Files[$"{Folder}/report.html"]), StringComparison.OrdinalIgnoreCase);
        using var word = WordprocessingDocument.Open(new MemoryStream(_graph.Cloud.Files[$"{Folder}/report.docx"]), false);
        Assert.Contains("AI-001", word.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_ARestrictedPostMortem_GoesToTheRestrictedFolder()
    {
        var state = TestStates.Published() with { Restriction = new PostMortemFlow.Domain.Access.Restriction { People = ["legal@example.com"] } };

        var location = await _graph.SharePoint().PublishAsync(state, "k/publish:1");

        Assert.All(_graph.Cloud.Matching("PUT", ":/content$"),
            p => Assert.Contains("/root:/Restricted post-mortems/2025/pm-20250209-api-api-degradation/", Uri.UnescapeDataString(p.Path), StringComparison.Ordinal));
        Assert.DoesNotContain(_graph.Cloud.Files.Keys, k => k.StartsWith("Post-mortems/", StringComparison.Ordinal));
        Assert.EndsWith("report.html", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_Twice_ReplacesTheSameFiles()
    {
        await _graph.SharePoint().PublishAsync(TestStates.Published(), "k/publish:1");
        await _graph.SharePoint().PublishAsync(TestStates.Published(), "k/publish:2");

        Assert.Equal(3, _graph.Cloud.Files.Count);
        Assert.Equal([201, 201, 201, 200, 200, 200], _graph.Cloud.Matching("PUT", ":/content$").Select(r => r.Status));
    }

    [Fact]
    public async Task Publish_Throttled429And503_AreRetriedAndEachFileIsUploadedOnce()
    {
        _graph.Cloud.Fail("PUT", "report.md:/content$", 429, times: 1, retryAfter: 1);
        _graph.Cloud.Fail("PUT", "report.html:/content$", 503, times: 1, retryAfter: 1);

        await _graph.SharePoint().PublishAsync(TestStates.Published(), "k/publish:1");

        Assert.Equal(3, _graph.Cloud.Files.Count);
        Assert.Equal([429, 201], _graph.Cloud.Matching("PUT", "report.md:/content$").Select(r => r.Status));
        Assert.Equal([503, 201], _graph.Cloud.Matching("PUT", "report.html:/content$").Select(r => r.Status));
    }

    [Fact]
    public async Task Publish_AboveTheThreshold_GoesThroughAnUploadSessionWithoutAuthorizationOnTheSlices()
    {
        await _graph.SharePoint(threshold: 1024).PublishAsync(TestStates.Published(), "k/publish:1");

        Assert.Equal(3, _graph.Cloud.Matching("POST", ":/createUploadSession$").Count);
        var slices = _graph.Cloud.Matching("PUT", "^/upload/");
        Assert.NotEmpty(slices);
        Assert.All(slices, s => Assert.Null(s.Authorization));
        Assert.True(_graph.Cloud.Files.ContainsKey($"{Folder}/report.docx"));
        using var word = WordprocessingDocument.Open(new MemoryStream(_graph.Cloud.Files[$"{Folder}/report.docx"]), false);
        Assert.NotNull(word.MainDocumentPart);
    }

    [Fact]
    public async Task Publish_Forbidden_SaysWhichPermissionIsMissing()
    {
        _graph.Cloud.Fail("PUT", ":/content$", 403);

        var failure = await Assert.ThrowsAsync<PostMortemFlow.Integrations.Effects.PublishingException>(() => _graph.SharePoint().PublishAsync(TestStates.Published(), "k/publish:1"));

        Assert.True(failure.IsPermanent);
        Assert.Contains("Sites.Selected", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduleFollowUp_CreatesOneEventWithAttendeesOpenItemsAndATransactionId_EvenWhenRetried()
    {
        var state = TestStates.Published();
        var at = TestLinks.Now.AddDays(28);
        _graph.Cloud.Fail("POST", "/events$", 503, times: 1, retryAfter: 1);

        await _graph.Calendar().ScheduleAsync(state, at, "pm-20250209-api/follow-up:invite");
        await _graph.Calendar().ScheduleAsync(state, at, "pm-20250209-api/follow-up:invite");

        var created = Assert.Single(_graph.Cloud.Events.Values);
        Assert.Equal(GraphCalendarClient.TransactionId("pm-20250209-api/follow-up:invite"), created["transactionId"]!.GetValue<string>());
        Assert.Equal("2025-03-10T09:00:00", created["start"]!["dateTime"]!.GetValue<string>()[..19]);
        Assert.Equal("UTC", created["start"]!["timeZone"]!.GetValue<string>());
        var attendees = created["attendees"]!.AsArray().Select(a => a!["emailAddress"]!["address"]!.GetValue<string>()).ToList();
        Assert.Contains("ana@example.com", attendees);
        Assert.Contains("vp@example.com", attendees);
        Assert.Contains("AI-001", created["body"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(_graph.Cloud.Matching("POST", "^/v1.0/users/postmortems@contoso.example/events$"), r => Assert.Equal($"Bearer {FakeTokenCredential.Token}", r.Authorization));
    }
}
