using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Reviews;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Publishing.Tests.Graph;

public sealed partial class GraphMailClientTests : IAsyncLifetime
{
    private GraphFixture _graph = null!;

    public async Task InitializeAsync() => _graph = await GraphFixture.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    private const string SendMail = "^/v1.0/users/postmortems@contoso.example/sendMail$";

    private static EmailMessage Approval(PostMortemState state) => WorkflowEmails.ReviewRequest(state, Phase.Approval);

    [Fact]
    public async Task Send_ApprovalRequest_PostsOneHtmlMessagePerReviewerWithTheirOwnSignedLink()
    {
        var state = TestStates.InPhase(Phase.Approval);

        await _graph.Mail().SendAsync(state, "pm-20250209-api/email:review:3", Approval(state));

        var sends = _graph.Cloud.Matching("POST", SendMail);
        Assert.Equal(2, sends.Count);
        Assert.All(_graph.Cloud.Requests, r => Assert.Equal($"Bearer {FakeTokenCredential.Token}", r.Authorization));
        Assert.Equal([$"{new Uri(_graph.Cloud.BaseUrl).GetLeftPart(UriPartial.Authority)}/.default"], _graph.Credential.Scopes.Distinct());
        foreach (var (send, reviewer) in sends.Zip(new[] { "rui@example.com", "mei@example.com" }))
        {
            var message = send.JsonBody()["message"]!;
            Assert.True(send.JsonBody()["saveToSentItems"]!.GetValue<bool>());
            Assert.Equal("HTML", message["body"]!["contentType"]!.GetValue<string>(), ignoreCase: true);
            Assert.Equal(reviewer, Assert.Single(message["toRecipients"]!.AsArray())!["emailAddress"]!["address"]!.GetValue<string>());
            var headers = message["internetMessageHeaders"]!.AsArray().ToDictionary(h => h!["name"]!.GetValue<string>(), h => h!["value"]!.GetValue<string>());
            Assert.Equal($"pm-20250209-api/email:review:3/{reviewer}", headers[GraphMailClientKeyHeader]);
            var token = Link().Match(message["body"]!["content"]!.GetValue<string>()).Groups[1].Value;
            var (verdict, link) = _graph.Links.Signer.Verify(token, ReviewPurpose.Approval, TestLinks.Now);
            Assert.Equal(ReviewLinkVerdict.Valid, verdict);
            Assert.Equal((state.Id, reviewer), (link!.PostMortemId, link.Reviewer));
        }
    }

    private const string GraphMailClientKeyHeader = PostMortemFlow.Integrations.Graph.GraphMailClient.KeyHeader;

    [Fact]
    public async Task Send_Throttled429WithRetryAfter_IsRetriedBySdkAndSentOnce()
    {
        var state = TestStates.Published();
        _graph.Cloud.Fail("POST", SendMail, 429, times: 1, retryAfter: 1);

        await _graph.Mail().SendAsync(state, "pm-20250209-api/email:weekly:1", WorkflowEmails.WeeklyDigest(state, new DateOnly(2025, 2, 17)));

        Assert.Equal([429, 202], _graph.Cloud.Matching("POST", SendMail).Select(r => r.Status));
        Assert.Single(_graph.Cloud.SentMail);
    }

    [Fact]
    public async Task Send_503_FailsTheAttemptAndTheOutboxRetrySendsOnce()
    {
        var state = TestStates.Published();
        var message = WorkflowEmails.WeeklyDigest(state, new DateOnly(2025, 2, 17));
        _graph.Cloud.Fail("POST", SendMail, 503, times: 1, retryAfter: 1);

        var failure = await Assert.ThrowsAsync<PublishingException>(() => _graph.Mail().SendAsync(state, "k/email:weekly:1", message));
        await _graph.Mail().SendAsync(state, "k/email:weekly:1", message);

        Assert.False(failure.IsPermanent);
        Assert.Contains("503", failure.Message, StringComparison.Ordinal);
        Assert.Single(_graph.Cloud.SentMail);
    }

    [Fact]
    public async Task Send_AcceptedButAnswerLost_RetryFindsItInSentItemsAndDoesNotSendAgain()
    {
        var state = TestStates.Published();
        var message = WorkflowEmails.SponsorEscalation(state, TestLinks.Now, TimeSpan.FromHours(48));
        _graph.Cloud.Fail("POST", SendMail, 504, times: 1, afterWork: true);

        await Assert.ThrowsAsync<PublishingException>(() => _graph.Mail().SendAsync(state, "k/email:escalation:1", message));
        await _graph.Mail().SendAsync(state, "k/email:escalation:1", message);

        Assert.Single(_graph.Cloud.SentMail);
        Assert.Single(_graph.Cloud.Matching("POST", SendMail));
        var search = _graph.Cloud.Matching("GET", "/mailFolders/SentItems/messages$")[^1];
        Assert.Contains("X-PostMortemFlow-Key", Uri.UnescapeDataString(search.Query), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_Forbidden_IsPermanentWithAClearMessage()
    {
        var state = TestStates.Published();
        _graph.Cloud.Fail("POST", SendMail, 403, times: 1);

        var failure = await Assert.ThrowsAsync<PublishingException>(() =>
            _graph.Mail().SendAsync(state, "k/email:published", WorkflowEmails.PublishedReport(state)));

        Assert.True(failure.IsPermanent);
        Assert.Equal(403, failure.Status);
        Assert.Contains("Mail.Send", failure.Message, StringComparison.Ordinal);
        Assert.Contains("postmortems@contoso.example", failure.Message, StringComparison.Ordinal);
        Assert.Empty(_graph.Cloud.SentMail);
    }

    [Fact]
    public async Task Send_PublishedReport_HasSummaryReportLinkAndTheMarkdownAttached()
    {
        var state = TestStates.Published();

        await _graph.Mail().SendAsync(state, "k/email:published", WorkflowEmails.PublishedReport(state));

        var message = Assert.Single(_graph.Cloud.SentMail);
        var html = message["body"]!["content"]!.GetValue<string>();
        Assert.Contains(System.Net.WebUtility.HtmlEncode(state.PostMortem.Summary[..40]), html, StringComparison.Ordinal);
        Assert.Contains(state.PublishedLocation!, html, StringComparison.Ordinal);
        var attachment = Assert.Single(message["attachments"]!.AsArray())!;
        Assert.Equal("#microsoft.graph.fileAttachment", attachment["@odata.type"]!.GetValue<string>());
        Assert.EndsWith(".md", attachment["name"]!.GetValue<string>(), StringComparison.Ordinal);
        var markdown = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(attachment["contentBytes"]!.GetValue<string>()));
        Assert.StartsWith("# ", markdown, StringComparison.Ordinal);
        Assert.Contains("AI-001", markdown, StringComparison.Ordinal);
        var to = message["toRecipients"]!.AsArray().Select(r => r!["emailAddress"]!["address"]!.GetValue<string>()).ToList();
        Assert.Contains("vp@example.com", to);
        Assert.DoesNotContain(to, a => !a.Contains('@', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_NoDeliverableRecipient_IsPermanentAndSendsNothing()
    {
        var state = TestStates.Published();
        var message = WorkflowEmails.WeeklyDigest(state, new DateOnly(2025, 2, 17)) with { To = ["@jnovak", "sre-team"] };

        var failure = await Assert.ThrowsAsync<PublishingException>(() => _graph.Mail().SendAsync(state, "k/email:weekly:2", message));

        Assert.True(failure.IsPermanent);
        Assert.Empty(_graph.Cloud.Requests);
    }

    [GeneratedRegex("https://pmf\\.example/review/([A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)")]
    private static partial Regex Link();
}
