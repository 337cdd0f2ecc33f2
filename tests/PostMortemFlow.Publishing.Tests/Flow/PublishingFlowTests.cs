using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Publishing.Tests.Fakes;
using PostMortemFlow.Server.Features.PostMortems;

namespace PostMortemFlow.Publishing.Tests.Flow;

public sealed partial class PublishingFlowTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task WholeFlow_CompressedTimers_SendsEveryRequestToGraphAndGitHubOnceAndInOrder()
    {
        await using var cloud = await FakeCloud.StartAsync();
        await using var server = new PublishingServerFactory(cloud);
        var http = server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var grain = server.Services.GetRequiredService<IGrainFactory>().GetGrain<IPostMortemGrain>("pm-flow");
        var draft = TestStates.Draft(DateTimeOffset.UtcNow);
        cloud.Fail("POST", "/sendMail$", 429, times: 1, retryAfter: 1);
        cloud.Fail("PUT", "report.html:/content$", 503, times: 1, retryAfter: 1);
        cloud.Fail("POST", "/issues$", 503, times: 1);

        Accepted(await grain.Execute(new DeclarePostMortem("pm-flow", draft, [])));
        Accepted(await grain.Execute(new ApproveTimeline("rui@example.com")));
        Accepted(await grain.Execute(new ApproveAnalysis("rui@example.com")));
        await Until(() => cloud.MailPurposes().Contains("SponsorEscalation"));
        Accepted(await grain.Execute(new ApproveReport("rui@example.com")));
        await Until(() => cloud.MailPurposes().Contains("WeeklyDigest") && cloud.Matching("GET", @"/issues/\d+$").Count >= draft.ActionItems.Count);
        cloud.CloseAllIssues();
        // The follow-up's recurrence check, its report e-mail and ticket comments may still run just after closing.
        var closed = await Until(grain, s => s.Phase == Phase.Closed && s.Outbox.IsEmpty);

        var kinds = cloud.RequestKinds();
        string[] expected = ["TimelineReviewRequest", "AnalysisReviewRequest", "ApprovalRequest", "PublishNudge", "SponsorEscalation",
            "upload", "PublishedReport", "ticket", "event", "WeeklyDigest"];
        Assert.Equal(expected, kinds.Distinct().Where(expected.Contains));
        // The weekly review enqueues the digest and the status sync together; their relative order is not a promise.
        Assert.True(kinds.IndexOf("sync") > kinds.IndexOf("event"), "tickets are synced in the weekly review, after they exist");
        Assert.Equal(3, cloud.Files.Count);
        Assert.Equal(draft.ActionItems.Count, cloud.Issues["contoso/reliability"].Count);
        Assert.Single(cloud.Events);
        var sent = cloud.SentMail.Select(m => FakeCloud.Header(m, "X-PostMortemFlow-Key")).ToList();
        Assert.Equal(sent.Count, sent.Distinct().Count());
        Assert.Single(cloud.SentMail, m => FakeCloud.Header(m, "X-PostMortemFlow-Purpose") == "PublishedReport");
        Assert.All(cloud.Requests.Where(r => r.Path.StartsWith("/v1.0/", StringComparison.Ordinal)), r => Assert.Equal($"Bearer {FakeTokenCredential.Token}", r.Authorization));
        Assert.All(cloud.Requests.Where(r => r.Path.StartsWith("/api/v3/", StringComparison.Ordinal)), r => Assert.Equal("Bearer ghp_test_token", r.Authorization));
        Assert.StartsWith("https://contoso.sharepoint.example/", closed.PublishedLocation, StringComparison.Ordinal);
        Assert.All(closed.PostMortem.ActionItems, i => Assert.Equal(ActionItemStatus.Done, i.Status));
        Assert.All(closed.PostMortem.ActionItems, i => Assert.StartsWith("https://github.example/contoso/reliability/issues/", i.TrackerLink, StringComparison.Ordinal));
        Assert.Empty(closed.Outbox);

        // The approval e-mail's personal link opens the review; the same link altered is refused.
        var approval = cloud.SentMail.First(m => FakeCloud.Header(m, "X-PostMortemFlow-Purpose") == "ApprovalRequest");
        var path = new Uri(ReviewLink().Match(approval["body"]!["content"]!.GetValue<string>()).Value).AbsolutePath;
        var opened = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/postmortems/pm-flow?step=Approval", opened.Headers.Location?.OriginalString);
        var tampered = await http.GetAsync(path[..^2] + (path[^2] == 'A' ? "B" : "A") + path[^1]);
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
    }

    [Fact]
    public async Task ResponderQuestions_SentThroughGraphOncePerPerson_WithAPersonalLinkToTheirAccount()
    {
        await using var cloud = await FakeCloud.StartAsync();
        await using var server = new PublishingServerFactory(cloud);
        var http = server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var grain = server.Services.GetRequiredService<IGrainFactory>().GetGrain<IPostMortemGrain>("pm-asked");
        var draft = TestStates.OnePersonToAsk("rui", minutes: 6);

        Accepted(await grain.Execute(new DeclarePostMortem("pm-asked", draft, [])));
        Accepted(await grain.Execute(new EditTimeline([.. draft.Timeline], "ana@example.com")));
        await Until(grain, s => s.Completed.Any(c => c.Id == "email:questions:rui@example.com") && s.Outbox.All(e => e.Email?.Purpose != EmailPurpose.ResponderQuestions));

        var asked = Assert.Single(cloud.SentMail, m => FakeCloud.Header(m, "X-PostMortemFlow-Purpose") == "ResponderQuestions");
        Assert.Equal("rui@example.com", asked["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>());
        var body = asked["body"]!["content"]!.GetValue<string>();
        Assert.Contains("What did the page tell you, and what did you open first?", body, StringComparison.Ordinal);
        Assert.Contains("Write your account", body, StringComparison.Ordinal);
        var opened = await http.GetAsync(new Uri(ReviewLink().Match(body).Value).AbsolutePath);
        Assert.Equal("/postmortems/pm-asked?step=Account", opened.Headers.Location?.OriginalString);
        var landed = await http.GetAsync("/postmortems/pm-asked?step=Account");
        Assert.Equal("/postmortems/pm-asked/account", landed.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ResponderQuestions_AnActorTheSettingsDoNotKnow_IsFoundInTheGraphDirectory_AndAskedThere()
    {
        await using var cloud = await FakeCloud.StartAsync();
        cloud.AddUser("Sam Rivera", "Sam", "srivera@contoso.example", "sam.rivera@contoso.example");
        await using var server = new PublishingServerFactory(cloud);
        var grain = server.Services.GetRequiredService<IGrainFactory>().GetGrain<IPostMortemGrain>("pm-directory");
        var draft = TestStates.OnePersonToAsk("Sam Rivera", minutes: 6);

        Accepted(await grain.Execute(new DeclarePostMortem("pm-directory", draft, [])));
        var asked = await Until(grain, s => s.Completed.Any(c => c.Id == "email:questions:sam.rivera@contoso.example"));

        Assert.Contains(asked.Completed, c => c.Id == "lookup:person:sam rivera");
        Assert.Equal("Sam Rivera in the directory", Assert.Single(asked.PeopleFound).Note);
        Assert.Contains("displayName eq 'Sam Rivera'", System.Web.HttpUtility.ParseQueryString(Assert.Single(cloud.Matching("GET", "^/v1.0/users$")).Query)["$filter"], StringComparison.Ordinal);
        var mail = Assert.Single(cloud.SentMail, m => FakeCloud.Header(m, "X-PostMortemFlow-Purpose") == "ResponderQuestions");
        Assert.Equal("sam.rivera@contoso.example", mail["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>());
    }

    [Fact]
    public async Task PermanentRefusal_StaysPendingWithTheReasonOnThePostMortem_AndIsSentOnceFixed()
    {
        await using var cloud = await FakeCloud.StartAsync();
        await using var server = new PublishingServerFactory(cloud);
        var grain = server.Services.GetRequiredService<IGrainFactory>().GetGrain<IPostMortemGrain>("pm-denied");
        cloud.Fail("POST", "/sendMail$", 403, times: 3);

        Accepted(await grain.Execute(new DeclarePostMortem("pm-denied", TestStates.Draft(DateTimeOffset.UtcNow.AddDays(1)), [])));
        var failing = await Until(grain, s => s.Outbox.Any(e => e.Attempts >= 2));
        var entry = failing.Outbox.Single(e => e.Kind == EffectKind.SendEmail && e.Attempts >= 2);
        Assert.Contains("403", entry.LastError, StringComparison.Ordinal);
        Assert.Contains("Mail.Send", entry.LastError, StringComparison.Ordinal);

        await Until(grain, s => s.Outbox.IsEmpty);
        Assert.Equal(2, cloud.SentMail.Count);
    }

    private static void Accepted(CommandResult result) => Assert.True(result.Rejection is null, result.Rejection?.Message);

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the flow");
            await Task.Delay(100);
        }
    }

    private static async Task<PostMortemState> Until(IPostMortemGrain grain, Func<PostMortemState, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var state = await grain.GetState();
            if (condition(state))
            {
                return state;
            }
            Assert.True(DateTime.UtcNow < deadline, $"timed out in {state.Phase}; outbox: {string.Join("; ", state.Outbox.Select(e => $"{e.Id} {e.LastError}"))}");
            await Task.Delay(100);
        }
    }

    [GeneratedRegex(@"https://pmf\.example/review/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex ReviewLink();

}
