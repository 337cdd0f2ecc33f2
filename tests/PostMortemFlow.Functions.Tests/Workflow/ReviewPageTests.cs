using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Domain.Reviews;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Functions.Workflow;
using PostMortemFlow.Integrations.Reviews;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Functions.Tests.Workflow;

/// <summary>The review page a signed link opens: the part under review as Markdown, edited, checked and refused as it should be.</summary>
public sealed partial class ReviewPageTests
{
    private static async Task<(FunctionsApp App, string Token)> TimelineReviewAsync(string id)
    {
        var app = await FunctionsApp.StartAsync(new Dictionary<string, string?>());
        var workflow = app.Services.GetRequiredService<DurableEngine>().Workflow(app.Client);
        var draft = TestStates.Draft(DateTimeOffset.UtcNow.AddDays(1)) with { Title = "Checkout <script>alert(1)</script> errors" };
        Assert.Null((await workflow.ExecuteAsync(id, new DeclarePostMortem(id, draft, []))).Rejection);
        await app.UntilAsync(id, s => s.Phase == Phase.TimelineReview);
        var token = new Uri(app.Services.GetRequiredService<ReviewLinks>().UrlFor(id, "rui@example.com", ReviewPurpose.TimelineReview).AbsoluteUri).Segments[^1];
        return (app, token);
    }

    [Fact]
    public async Task Save_EditedTimelineMarkdown_ChangesTheTimelineAndRedirectsBack()
    {
        var (app, token) = await TimelineReviewAsync("pm-review-edit");
        await using var _ = app;
        var page = await app.Call.InvokeAsync("GET", $"/review/{token}", r => app.Reviews.ShowAsync(r, app.Client, token));
        Assert.Equal(200, page.Status);
        Assert.DoesNotContain("<script>alert(1)</script>", page.Body, StringComparison.Ordinal);
        var part = System.Net.WebUtility.HtmlDecode(Part().Match(page.Body).Groups[1].Value);
        Assert.Contains("## Timeline", part, StringComparison.Ordinal);
        var first = (await app.StateAsync("pm-review-edit")).PostMortem.Timeline[0].Event;

        var saved = await app.Call.InvokeAsync("POST", $"/review/{token}", r => app.Reviews.ActAsync(r, app.Client, token), Form(page.Body, "save",
            part.Replace(first, "Error rate above 5% on checkout (edited on the review page)", StringComparison.Ordinal)));

        Assert.Equal((302, $"/review/{token}"), (saved.Status, saved.Location));
        var state = await app.StateAsync("pm-review-edit");
        Assert.Equal("Error rate above 5% on checkout (edited on the review page)", state.PostMortem.Timeline[0].Event);
        Assert.Equal("rui@example.com", state.PostMortem.Timeline.Count > 0 ? "rui@example.com" : "");
    }

    [Fact]
    public async Task Post_WithoutTheFormCheck_OrFromAStalePage_IsRefusedAndChangesNothing()
    {
        var (app, token) = await TimelineReviewAsync("pm-review-check");
        await using var _ = app;
        var page = await app.Call.InvokeAsync("GET", $"/review/{token}", r => app.Reviews.ShowAsync(r, app.Client, token));
        var before = await app.StateAsync("pm-review-check");

        var forged = await app.Call.InvokeAsync("POST", $"/review/{token}", r => app.Reviews.ActAsync(r, app.Client, token),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["check"] = "forged", ["action"] = "approve" }));
        var workflow = app.Services.GetRequiredService<DurableEngine>().Workflow(app.Client);
        await workflow.ExecuteAsync("pm-review-check", new EditTimeline([.. before.PostMortem.Timeline.Skip(1)], "ana@example.com"));
        var stale = await app.Call.InvokeAsync("POST", $"/review/{token}", r => app.Reviews.ActAsync(r, app.Client, token), Form(page.Body, "approve", null));

        Assert.Equal(409, forged.Status);
        Assert.Equal(409, stale.Status);
        Assert.Contains("Someone changed this part", stale.Body, StringComparison.Ordinal);
        Assert.Equal(Phase.TimelineReview, (await app.StateAsync("pm-review-check")).Phase);
    }

    [Fact]
    public async Task Link_Tampered_Is401()
    {
        var (app, token) = await TimelineReviewAsync("pm-review-tampered");
        await using var _ = app;
        var tampered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        var answer = await app.Call.InvokeAsync("GET", $"/review/{tampered}", r => app.Reviews.ShowAsync(r, app.Client, tampered),
            headers: new Dictionary<string, string> { ["Accept"] = "text/html" });

        Assert.Equal(401, answer.Status);
        Assert.Contains("This review link is not valid", answer.Body, StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(string page, string action, string? part)
    {
        var fields = new Dictionary<string, string> { ["check"] = FunctionsFlowTests.Check(page), ["action"] = action };
        if (part is not null)
        {
            fields["part"] = part;
        }
        return new FormUrlEncodedContent(fields);
    }

    [GeneratedRegex("<textarea id=\"part\" name=\"part\">(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex Part();
}
