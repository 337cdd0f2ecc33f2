using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Functions.Tests.Workflow;

/// <summary>The Functions app's own functions on the in-memory Durable Task engine, against the fake Graph and GitHub.</summary>
public sealed partial class FunctionsFlowTests
{
    [Fact]
    public async Task WebhookStartedIncident_GoesThroughEveryStep_AndEachGraphAndGitHubRequestHappensOnce()
    {
        await using var cloud = await FakeCloud.StartAsync();
        var end = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds());
        var draft = TestStates.Draft(end);
        await using var app = await FunctionsApp.StartAsync(CloudSettings(cloud));
        cloud.Fail("POST", "/sendMail$", 429, times: 1, retryAfter: 1);
        cloud.Fail("PUT", "report.html:/content$", 503, times: 1, retryAfter: 1);
        cloud.Fail("POST", "/issues$", 503, times: 1);

        var alert = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "alertmanager-resolved.json"))
            .Replace("2025-02-09T10:08:00Z", Iso(draft.Incident.StartedAt), StringComparison.Ordinal)
            .Replace("2025-02-09T10:41:00Z", Iso(end), StringComparison.Ordinal);
        var started = await app.Call.InvokeAsync("POST", "/api/webhooks/alertmanager", r => app.Intake.AlertmanagerAsync(r, app.Client),
            new StringContent(alert, System.Text.Encoding.UTF8, "application/json"), new Dictionary<string, string> { ["Authorization"] = $"Bearer {FunctionsApp.AlertmanagerToken}" });
        Assert.Equal(202, started.Status);
        Assert.Equal("started", started.Json.GetProperty("status").GetString());
        var id = started.Json.GetProperty("postmortemId").GetString()!;
        var replay = await app.Call.InvokeAsync("POST", "/api/webhooks/alertmanager", r => app.Intake.AlertmanagerAsync(r, app.Client),
            new StringContent(alert, System.Text.Encoding.UTF8, "application/json"), new Dictionary<string, string> { ["Authorization"] = $"Bearer {FunctionsApp.AlertmanagerToken}" });
        Assert.Equal((200, "duplicate", id), (replay.Status, replay.Json.GetProperty("status").GetString(), replay.Json.GetProperty("postmortemId").GetString()));
        await app.UntilAsync(id, s => s.Phase == Phase.TimelineReview);

        Ok(await app.Call.InvokeAsync("PUT", $"/api/postmortems/{id}/timeline", r => app.PostMortems.EditTimelineAsync(r, app.Client, id),
            FunctionsApp.Body(new { entries = draft.Timeline, by = "rui@example.com" })));
        // The timeline is approved through the reviewer's signed link, on the review page the Functions app serves.
        await Until(() => cloud.MailPurposes().Contains("TimelineReviewRequest"));
        var token = Token(cloud, "TimelineReviewRequest");
        var page = await app.Call.InvokeAsync("GET", $"/review/{token}", r => app.Reviews.ShowAsync(r, app.Client, token));
        Assert.Equal(200, page.Status);
        Assert.Contains("rui@example.com", page.Body, StringComparison.Ordinal);
        var approved = await app.Call.InvokeAsync("POST", $"/review/{token}", r => app.Reviews.ActAsync(r, app.Client, token),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["check"] = Check(page.Body), ["action"] = "approve" }));
        Assert.Equal((302, $"/review/{token}"), (approved.Status, approved.Location));
        await app.UntilAsync(id, s => s.Phase == Phase.AnalysisReview);

        Ok(await app.Call.InvokeAsync("PUT", $"/api/postmortems/{id}/analysis", r => app.PostMortems.EditAnalysisAsync(r, app.Client, id), FunctionsApp.Body(AnalysisOf(draft))));
        Ok(await app.Call.InvokeAsync("POST", $"/api/postmortems/{id}/analysis/approve", r => app.PostMortems.ApproveAnalysisAsync(r, app.Client, id)));
        await Until(() => cloud.MailPurposes().Contains("SponsorEscalation"));
        Ok(await app.Call.InvokeAsync("POST", $"/api/postmortems/{id}/approve", r => app.PostMortems.ApproveReportAsync(r, app.Client, id)));
        await Until(() => cloud.MailPurposes().Contains("WeeklyDigest") && cloud.Matching("GET", @"/issues/\d+$").Count >= draft.ActionItems.Count);
        cloud.CloseAllIssues();
        // The follow-up's recurrence check, its report e-mail and ticket comments may still run just after closing.
        var closed = await app.UntilAsync(id, s => s.Phase == Phase.Closed && s.Outbox.IsEmpty);

        var kinds = cloud.RequestKinds();
        string[] expected = ["TimelineReviewRequest", "AnalysisReviewRequest", "ApprovalRequest", "upload", "PublishedReport", "ticket", "event", "WeeklyDigest"];
        Assert.Equal(expected, kinds.Distinct().Where(expected.Contains));
        Assert.Contains("PublishNudge", kinds);
        Assert.Single(kinds, k => k == "SponsorEscalation");
        Assert.Equal(3, cloud.Files.Count);
        Assert.Equal(draft.ActionItems.Count, cloud.Issues["contoso/reliability"].Count);
        Assert.Single(cloud.Events);
        var sent = cloud.SentMail.Select(m => FakeCloud.Header(m, "X-PostMortemFlow-Key")).ToList();
        Assert.Equal(sent.Count, sent.Distinct().Count());
        Assert.Single(cloud.SentMail, m => FakeCloud.Header(m, "X-PostMortemFlow-Purpose") == "PublishedReport");
        Assert.StartsWith("https://contoso.sharepoint.example/", closed.PublishedLocation, StringComparison.Ordinal);
        Assert.All(closed.PostMortem.ActionItems, i => Assert.Equal(ActionItemStatus.Done, i.Status));
        Assert.Empty(closed.Outbox);
        var listed = await app.Call.InvokeAsync("GET", "/api/postmortems", r => app.PostMortems.ListAsync(r));
        Assert.Equal("Closed", Assert.Single(listed.Json.EnumerateArray()).GetProperty("phase").GetString());
    }

    internal static Dictionary<string, string?> CloudSettings(FakeCloud cloud) => new()
    {
        ["Workflow:PublishNudge"] = "00:00:03",
        ["Workflow:PublishDeadline"] = "00:00:06",
        ["Workflow:EscalationRepeat"] = "01:00:00",
        ["Workflow:WeeklyReview"] = "00:00:04",
        ["Workflow:FollowUp"] = "00:00:10",
        ["Email:Provider"] = "Graph",
        ["Reports:Provider"] = "SharePoint",
        ["Calendar:Provider"] = "Graph",
        ["Tickets:Provider"] = "GitHub",
        ["Graph:ClientId"] = "00000000-0000-0000-0000-000000000001",
        ["Graph:BaseUrl"] = cloud.GraphUrl,
        ["Graph:SenderMailbox"] = "postmortems@contoso.example",
        ["SharePoint:DriveId"] = "reports-drive",
        ["GitHub:Token"] = "ghp_test_token",
        ["GitHub:BaseUrl"] = cloud.BaseUrl,
        ["GitHub:DefaultRepository"] = "contoso/reliability",
    };

    internal static AnalysisDraft AnalysisOf(PostMortem postMortem) => new()
    {
        Summary = postMortem.Summary, Impact = postMortem.Impact, RootCause = postMortem.RootCause, Analysis = postMortem.Analysis,
        ActionItems = postMortem.ActionItems, WhatWentWell = postMortem.WhatWentWell, LessonsLearned = postMortem.LessonsLearned,
    };

    internal static string Check(string html) => CheckField().Match(html).Groups[1].Value;

    internal static string Token(FakeCloud cloud, string purpose) =>
        ReviewLink().Match(cloud.SentMail.First(m => FakeCloud.Header(m, "X-PostMortemFlow-Purpose") == purpose)["body"]!["content"]!.GetValue<string>()).Groups[1].Value;

    private static void Ok(FunctionAnswer answer) => Assert.True(answer.Status == 200, $"{answer.Status}: {answer.Body}");

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the flow");
            await Task.Delay(100);
        }
    }

    [GeneratedRegex(@"https://pmf\.example/review/([A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+)")]
    private static partial Regex ReviewLink();

    [GeneratedRegex("name=\"check\" value=\"([^\"]+)\"")]
    private static partial Regex CheckField();
}
