using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reviews;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Integrations.Reviews;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Functions.Tests.Drafting;

/// <summary>The Functions app asks the people of the timeline once and keeps their accounts, on the server's routes.</summary>
public sealed class AccountsFunctionsTests
{
    [Fact]
    public async Task PeopleOfTheTimeline_AreAskedOnce_AndTheirAccountIsKept()
    {
        await using var app = await FunctionsApp.StartAsync(new Dictionary<string, string?> { ["Drafting:People:jnovak"] = "jan.novak@example.com" });
        const string id = "pm-accounts";
        var draft = TestStates.Draft(DateTimeOffset.UtcNow.AddDays(1));
        var start = draft.Incident.StartedAt;
        draft = draft with
        {
            Timeline =
            [
                new TimelineEntry { Time = start, Event = "On-call paged", Source = "pagerduty", Kind = TimelineEntryKind.Paged },
                new TimelineEntry { Time = start.AddMinutes(4), Event = "Page acknowledged", Source = "pagerduty", Actor = "@jnovak", Kind = TimelineEntryKind.Acknowledged },
                new TimelineEntry { Time = start.AddMinutes(9), Event = "Rolled back", Source = "deploys", Actor = "lee", Kind = TimelineEntryKind.Mitigated },
            ],
        };
        await app.DeclareAsync(id, draft);
        var state = await app.UntilAsync(id, s => s.Phase == Phase.TimelineReview && s.Outbox.IsEmpty);

        var asked = Assert.Single(state.Completed, c => c.Id.StartsWith("email:questions:", StringComparison.Ordinal));
        Assert.Equal("email:questions:jan.novak@example.com", asked.Id);
        var questions = await app.Call.InvokeAsync("GET", $"/api/postmortems/{id}/questions", r => app.PostMortems.QuestionsAsync(r, app.Client, id));
        Assert.Equal(200, questions.Status);
        Assert.Equal(["@jnovak", "lee"], questions.Json.EnumerateArray().Select(b => b.GetProperty("actor").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, questions.Json[1].GetProperty("address").ValueKind);

        var written = await app.Call.InvokeAsync("PUT", $"/api/postmortems/{id}/accounts", r => app.PostMortems.RecordAccountAsync(r, app.Client, id),
            JsonContent.Create(new { person = "jan.novak@example.com", actor = "@jnovak", answers = new[] { new { question = "What did the page tell you?", answer = "That the API was failing, not why." } } }));
        var blank = await app.Call.InvokeAsync("PUT", $"/api/postmortems/{id}/accounts", r => app.PostMortems.RecordAccountAsync(r, app.Client, id),
            JsonContent.Create(new { person = "jan.novak@example.com", actor = "@jnovak", answers = new[] { new { question = "Q", answer = "" } } }));

        Assert.Equal(200, written.Status);
        Assert.Equal(400, blank.Status);
        Assert.Equal("answers", blank.Json.GetProperty("errors").EnumerateObject().Single().Name);
        var account = Assert.Single((await app.StateAsync(id)).PostMortem.Accounts);
        Assert.Equal(("jan.novak@example.com", "That the API was failing, not why."), (account.Person, account.Answers[0].Answer));
    }

    /// <summary>An actor nothing matches is looked up in the Graph directory by an activity, and asked at the address it found.</summary>
    [Fact]
    public async Task AnActorNothingMatches_IsFoundInTheGraphDirectory_AndAskedThere()
    {
        await using var cloud = await FakeCloud.StartAsync();
        cloud.AddUser("Lee Wong", "Lee", "lwong@contoso.example", "lee.wong@contoso.example");
        await using var app = await FunctionsApp.StartAsync(new Dictionary<string, string?>(Workflow.FunctionsFlowTests.CloudSettings(cloud)) { ["Drafting:PeopleDirectory"] = "Graph" });
        const string id = "pm-directory";
        await app.DeclareAsync(id, TestStates.OnePersonToAsk("lee", TimelineEntryKind.Mitigated, "Rolled back", minutes: 9));

        var state = await app.UntilAsync(id, s => s.Completed.Any(c => c.Id == "email:questions:lee.wong@contoso.example"));

        Assert.Equal(("lee", "lee.wong@contoso.example"), (Assert.Single(state.PeopleFound).Actor, state.PeopleFound[0].Address));
        var mail = Assert.Single(cloud.SentMail, m => FakeCloud.Header(m, "X-PostMortemFlow-Purpose") == "ResponderQuestions");
        Assert.Equal("lee.wong@contoso.example", mail["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>());
    }

    /// <summary>The personal link of the questions e-mail opens the questions in the Functions app too, and what is written there is the account.</summary>
    [Fact]
    public async Task TheQuestionsLink_OpensAFormOfThePersonsQuestions_AndItsAnswersAreTheirAccount()
    {
        await using var app = await FunctionsApp.StartAsync(new Dictionary<string, string?> { ["Drafting:People:jnovak"] = "jan.novak@example.com" });
        const string id = "pm-account-page";
        await app.DeclareAsync(id, TestStates.OnePersonToAsk("@jnovak"));
        await app.UntilAsync(id, s => s.Phase == Phase.TimelineReview && s.Outbox.IsEmpty);
        var token = app.Services.GetRequiredService<ReviewLinks>().UrlFor(id, "jan.novak@example.com", ReviewPurpose.Account).Segments[^1];

        var page = await app.Call.InvokeAsync("GET", $"/review/{token}", r => app.Reviews.ShowAsync(r, app.Client, token));
        var question = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page.Body, "name=\"question\" value=\"([^\"]+)\"").Groups[1].Value);
        Task<FunctionAnswer> Post(string answer) => app.Call.InvokeAsync("POST", $"/review/{token}", r => app.Reviews.ActAsync(r, app.Client, token),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["check"] = Workflow.FunctionsFlowTests.Check(page.Body), ["action"] = "account", ["actor"] = "@jnovak", ["question"] = question, ["answer"] = answer,
            }));
        var blank = await Post(" ");
        var saved = await Post("The page said the API was failing, not why; I opened the error dashboard first.");

        Assert.Equal(200, page.Status);
        Assert.Contains("Your account", page.Body, StringComparison.Ordinal);
        Assert.NotEmpty(question);
        Assert.Equal(400, blank.Status);
        Assert.Equal(302, saved.Status);
        var account = Assert.Single((await app.StateAsync(id)).PostMortem.Accounts);
        Assert.Equal(("jan.novak@example.com", "@jnovak", question), (account.Person, account.Actor, account.Answers[0].Question));
        var again = await app.Call.InvokeAsync("GET", $"/review/{token}", r => app.Reviews.ShowAsync(r, app.Client, token));
        Assert.Contains("I opened the error dashboard first.", again.Body, StringComparison.Ordinal);
    }
}
