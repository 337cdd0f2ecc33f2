using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Ui;

[Collection(UiCollection.Name)]
public sealed partial class ReviewUiWalkthroughTests(UiServer server, ITestOutputHelper output)
{
    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private async Task ShotAsync(IPage page, string name) => output.WriteLine($"screenshot: {await server.ScreenshotAsync(page, name)}");

    [BrowserFact]
    public async Task WholePostMortem_DeclaredReviewedAndApproved_IsPublishedInTheOutbox()
    {
        var page = await server.NewPageAsync();
        var start = DateTimeOffset.UtcNow.AddHours(-3);
        start = start.AddTicks(-(start.Ticks % TimeSpan.TicksPerMinute));
        var end = start.AddHours(2);

        // Declare: the form answers a missing field in place, then creates the post-mortem.
        await page.GotoAsync("/");
        await page.ClickAsync("button:has-text('Declare')");
        await Assertions.Expect(page.Locator("[data-valmsg-for='Form.Title']")).ToContainTextAsync("A title is required.");
        await page.FillAsync("#Form_Title", "Checkout API errors after the v2.3.0 deploy");
        await page.SelectOptionAsync("#Form_Severity", new SelectOptionValue { Label = "Sev2" });
        await page.FillAsync("#Form_Services", "checkout-api, orders-db");
        await page.FillAsync("#Form_StartedAt", Utc(start));
        await page.FillAsync("#Form_EndedAt", Utc(end));
        await page.FillAsync("#Form_Authors", "ana@example.com");
        await page.FillAsync("#Form_Reviewers", "rui@example.com");
        await ShotAsync(page, "01-declare");
        await page.ClickAsync("button:has-text('Declare')");
        await page.WaitForURLAsync(TimelineUrl());
        var id = IdIn(page.Url);
        await server.WaitForPhaseAsync(id, "TimelineReview");

        // Timeline: add the key moments, re-time one row, approve.
        (int Minutes, string Event, string Kind)[] rows =
        [
            (0, "Error rate on checkout-api rose above 5%", "First symptom"),
            (4, "Alert CheckoutErrorRate fired", "Detected"),
            (9, "On-call acknowledged the page", "Acknowledged"),
            (25, "Connection pool of orders-db found exhausted", "Diagnosed"),
            (40, "Rolled back to v2.2.9", "Mitigated"),
            (55, "Error rate back under 0.1%", "Recovered"),
            (120, "Incident marked resolved", "Resolved"),
        ];
        foreach (var (minutes, text, kind) in rows)
        {
            await page.GotoAsync($"/postmortems/{id}/timeline");
            await page.FillAsync("#NewRow_Time", Utc(start.AddMinutes(minutes == 40 ? 45 : minutes)));
            await page.FillAsync("#NewRow_Event", text);
            await page.SelectOptionAsync("#NewRow_Kind", new SelectOptionValue { Label = kind });
            await page.ClickAsync("button:has-text('Add row')");
            await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Row added.");
        }
        var mitigated = page.Locator("tr:has(textarea:text('Rolled back to v2.2.9')) input.time");
        await mitigated.FillAsync(Utc(start.AddMinutes(40)));
        await page.ClickAsync("button:has-text('Save timeline')");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Timeline saved.");
        await Assertions.Expect(page.Locator(".metrics")).ToContainTextAsync("40 min 00 s");
        await ShotAsync(page, "02-timeline");
        await page.ClickAsync("button:has-text('Approve timeline')");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Timeline approved");

        // Analysis: two factors with their whys, an action item; the lint flags blame live and the rewrite clears it.
        await page.GotoAsync($"/postmortems/{id}/analysis");
        await page.FillAsync("#Form_Summary", "Checkout requests failed for 40 minutes after the v2.3.0 deploy exhausted the orders-db connection pool.");
        await page.FillAsync("#Form_ImpactDescription", "About 1200 checkout requests failed; customers saw errors at payment.");
        await page.FillAsync("#Form_FailedRequests", "1200");
        await page.FillAsync("#Form_RootCause", "A query shipped in v2.3.0 ran without a supporting index and held connections for seconds.");
        await page.FillAsync("#Form_ImmediateCauses_0_", "The pool of 20 connections to orders-db was exhausted.");
        await page.FillAsync("#Form_Factors_0__Description", "The new query was not checked for its plan before the deploy.");
        await page.SelectOptionAsync("#Form_Factors_0__Category", "ChangeManagement");
        await page.FillAsync("#Form_Factors_0__Whys_0_", "The query ran a full table scan on orders.");
        await page.FillAsync("#Form_SystemicIssues_0_", "No query-plan review exists before a deploy.");
        await page.FillAsync("#Form_ActionItems_0__Action", "Add an index on orders.customer_id and a query-plan check to CI");
        await page.FillAsync("#Form_ActionItems_0__Owner", "ana@example.com");
        await page.FillAsync("#Form_ActionItems_0__Deadline", DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#Form_ActionItems_0__Priority", "High");
        await page.FillAsync("#Form_WhatWentWell_0_", "The alert fired four minutes after the first errors.");
        await page.FillAsync("#Form_LessonsLearned_0_", "Database alerts should fire on saturation, not only on total failure.");
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Analysis saved.");
        await page.FillAsync("#Form_Factors_1__Description", "Database alerts fire only on total failure, not on pool saturation.");
        await page.SelectOptionAsync("#Form_Factors_1__Category", "Monitoring");
        await page.FillAsync("#Form_Factors_1__Whys_0_", "Pool saturation has no metric on the dashboard.");
        await page.ClickAsync("button[name='addWhy'][value='0']");
        await Assertions.Expect(page.Locator("#Form_Factors_0__Whys_1_")).ToBeVisibleAsync();

        var why = page.Locator("#Form_Factors_0__Whys_1_");
        await why.FillAsync("@bob forgot to run the migration before the deploy.");
        var blame = page.Locator(".findings[data-for='Form_Factors_0__Whys_1_'] .finding[data-rule='blameless-language']");
        await Assertions.Expect(blame).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#approve")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("#approve-reason")).ToContainTextAsync("Approval is blocked");
        await blame.ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, "03-analysis-lint");

        await blame.Locator("button.rewrite").ClickAsync();
        await Assertions.Expect(why).Not.ToHaveValueAsync(new Regex("@bob"));
        await Assertions.Expect(blame).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#approve")).ToBeEnabledAsync();
        await ShotAsync(page, "04-analysis-rewritten");
        await page.ClickAsync("#approve");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Analysis approved");
        await server.WaitForPhaseAsync(id, "Approval");

        // Report: what will be published, then approve.
        await page.GotoAsync($"/postmortems/{id}/report");
        await Assertions.Expect(page.FrameLocator("iframe.report-frame").Locator("h1")).ToContainTextAsync("Checkout API errors");
        await ShotAsync(page, "05-report");

        // An open comment is listed at approval; approving needs the approver to say they settle it.
        await page.GotoAsync($"/postmortems/{id}/discussion");
        await page.FillAsync("#comment-text", "Should the rollback be automatic next time?");
        await page.ClickAsync("#add-comment");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Comment added");
        await page.GotoAsync($"/postmortems/{id}/report");
        await Assertions.Expect(page.Locator("#open-comments")).ToContainTextAsync("Should the rollback be automatic next time?");
        await page.ClickAsync("#approve-report");
        await Assertions.Expect(page.Locator(".rejection")).ToContainTextAsync("still open");
        await ShotAsync(page, "05-report-open-comments");
        await page.CheckAsync("#resolve-open-comments");
        await page.ClickAsync("#approve-report");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Report approved");

        // Follow-through: the outbox shows the published report.
        await server.WaitForPhaseAsync(id, "Tracking");
        await page.GotoAsync($"/postmortems/{id}/follow-through");
        await Assertions.Expect(page.Locator("#outbox-done")).ToContainTextAsync("PublishReport");
        await Assertions.Expect(page.Locator("#action-items")).ToContainTextAsync("AI-001");
        await ShotAsync(page, "06-follow-through");
    }

    [BrowserFact]
    public async Task ReviewLink_FromTheEmail_OpensTheStepAndNamesTheReviewer()
    {
        var id = await server.DeclareAsync(UiData.Declaration("Review link landing"));
        var links = server.Services<ReviewLinks>();
        var url = links.UrlFor(id, "rui@example.com", PostMortemFlow.Domain.Reviews.ReviewPurpose.TimelineReview);
        var page = await server.NewPageAsync();

        await page.GotoAsync(url.PathAndQuery);

        await page.WaitForURLAsync(TimelineUrl());
        await Assertions.Expect(page.Locator(".review-link")).ToContainTextAsync("rui@example.com");
        await page.GotoAsync("/review/not-a-token");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("This review link is not valid");
    }

    private static Regex TimelineUrl() => TimelinePath();

    private static string IdIn(string url) => TimelinePath().Match(url).Groups["id"].Value;

    [GeneratedRegex("/postmortems/(?<id>[^/?#]+)/timeline")]
    private static partial Regex TimelinePath();
}
