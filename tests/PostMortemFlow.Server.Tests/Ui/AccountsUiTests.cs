using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PostMortemFlow.Api.PostMortems;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reviews;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>
/// The people of the timeline are asked about their own moments once, by e-mail with a personal link; their answers
/// become accounts the reviewers read on the analysis page, linted without holding up the approval.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class AccountsUiTests(UiServer server, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task QuestionsGoOutOncePerPerson_TheAnswersBecomeAnAccount_ShownToReviewers_At1280And390()
    {
        var end = DateTimeOffset.UtcNow.AddHours(-1);
        var id = await server.DeclareAsync(UiData.Declaration("Orders API errors, accounts", end, author: "ana.silva@example.com"));
        var start = end.AddMinutes(-40);
        TimelineEntry Row(int minute, string actor, TimelineEntryKind kind, string text) => new() { Time = start.AddMinutes(minute), Actor = actor, Kind = kind, Event = text, Source = "chat" };
        var timeline = new TimelineRequest
        {
            Entries =
            [
                Row(0, "System", TimelineEntryKind.FirstSymptom, "Error rate above its baseline"),
                Row(3, "System", TimelineEntryKind.Paged, "On-call paged"),
                Row(8, "ana", TimelineEntryKind.Acknowledged, "Page acknowledged"),
                Row(30, "ana", TimelineEntryKind.Diagnosed, "Connection pool found exhausted by the search query"),
                Row(34, "rui", TimelineEntryKind.Mitigated, "Rolled back to the previous release"),
                Row(40, "System", TimelineEntryKind.Recovered, "Error rate back to its baseline"),
            ],
        };
        (await server.Api.PutAsJsonAsync($"/api/postmortems/{id}/timeline", timeline, UiJson.Options)).EnsureSuccessStatusCode();
        (await server.Api.PutAsJsonAsync($"/api/postmortems/{id}/timeline", timeline, UiJson.Options)).EnsureSuccessStatusCode();

        var briefs = await server.Api.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}/questions");
        Assert.Equal(["ana", "rui"], briefs.EnumerateArray().Select(b => b.GetProperty("actor").GetString()));
        Assert.Equal("ana.silva@example.com", briefs[0].GetProperty("address").GetString());
        var mails = await QuestionMailsAsync(id, 2);
        Assert.Equal(2, mails.Count);
        Assert.Contains(mails, m => m.Contains("ana.silva@example.com", StringComparison.Ordinal) && m.Contains("What did the page tell you", StringComparison.Ordinal));

        var url = server.Services<ReviewLinks>().UrlFor(id, "ana.silva@example.com", ReviewPurpose.Account);
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await server.NewPageAsync(width, width == 390 ? 844 : 900);
            await page.GotoAsync(url.PathAndQuery);
            await page.WaitForURLAsync($"**/postmortems/{id}/account");
            await Assertions.Expect(page.Locator("#account")).ToContainTextAsync("For ana.silva@example.com");
            await Assertions.Expect(page.Locator("label[for='answer-0']")).ToContainTextAsync("What did the page tell you");
            await page.FillAsync("#answer-0", $"Only that the API error rate was high ({width}); the dashboard it linked had no pool panel.");
            await page.FillAsync("#answer-2", "The slow query looked like normal load. In hindsight the dashboard should have shown the pool.");
            await page.ClickAsync("#save-account");
            await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("your account is with the reviewers");
            await Assertions.Expect(page.Locator("#answer-0")).ToHaveValueAsync($"Only that the API error rate was high ({width}); the dashboard it linked had no pool panel.");
            // the finding stands under the answer it is about (the blank second answer is not stored)
            await Assertions.Expect(page.Locator("#answer-2 ~ .finding[data-rule='hindsight-language']")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#answer-1 ~ .finding")).ToHaveCountAsync(0);
            Assert.Empty(await ControlMeasurements.ProblemsAsync(page));
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, $"account-{width}")}");

            await page.GotoAsync($"/postmortems/{id}/analysis");
            var accounts = page.Locator("#accounts");
            await Assertions.Expect(accounts).ToContainTextAsync("ana.silva@example.com");
            await Assertions.Expect(accounts).ToContainTextAsync($"({width})");
            await Assertions.Expect(accounts.Locator(".finding[data-rule='hindsight-language']")).ToBeVisibleAsync();
            // said once, with the account, not again among the form's findings; and it holds nothing up
            await Assertions.Expect(page.Locator(".finding[data-rule='hindsight-language']")).ToHaveCountAsync(1);
            Assert.Empty(await ControlMeasurements.ProblemsAsync(page));
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, $"accounts-on-analysis-{width}")}");

            await page.GotoAsync($"/postmortems/{id}/timeline");
            await Assertions.Expect(page.Locator("#questions")).ToContainTextAsync("Account written");
            output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, $"questions-on-timeline-{width}")}");
        }

        var view = await server.Api.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}");
        var account = Assert.Single(view.GetProperty("postMortem").GetProperty("accounts").EnumerateArray());
        Assert.Equal(("ana.silva@example.com", "ana"), (account.GetProperty("person").GetString(), account.GetProperty("actor").GetString()));
        Assert.Equal(2, account.GetProperty("answers").GetArrayLength());
        Assert.Equal(2, (await QuestionMailsAsync(id, 2)).Count);
    }

    /// <summary>The questions e-mails of the local outbox, once the expected number has been written.</summary>
    private async Task<List<string>> QuestionMailsAsync(string id, int expected)
    {
        var folder = Path.Combine(server.DataPath, "outbox", id);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var mails = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
                    .Where(m => m.Headers["X-PostMortemFlow-Purpose"] == "ResponderQuestions")
                    .Select(m => $"{m.To}\n{m.TextBody}").ToList()
                : [];
            if (mails.Count >= expected || DateTime.UtcNow > deadline)
            {
                return mails;
            }
            await Task.Delay(100);
        }
    }
}
