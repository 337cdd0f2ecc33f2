using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;
using PostMortemFlow.Domain.Publishing;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.LocalOutbox;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Publishing.Tests.Templates;

public sealed class EmailTemplatesTests
{
    [Fact]
    public void Render_UserTextWithMarkup_IsEncoded()
    {
        var state = TestStates.Published(change: p => p with { Title = "<script>alert(1)</script> & co", Summary = "<img src=x onerror=alert(1)>" });

        var html = EmailTemplates.Render(WorkflowEmails.PublishedReport(state), state, new EmailLinks(Report: state.PublishedLocation), TestLinks.Now).Html;

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Mention_QuotesTheCommentEncoded_AndLinksToItsPlaceInTheDiscussion()
    {
        var state = TestStates.InPhase(Phase.TimelineReview);
        var comment = new Comment { Id = "C3", Anchor = "timeline[0]", Quote = "first alert", Author = "rui@example.com", Text = "<b>@mei</b> is this right?" };

        var html = EmailTemplates.Render(WorkflowEmails.Mention(state, comment, "mei@example.com"), state,
            new EmailLinks(Review: new Uri("https://pmf.example/review/token")), TestLinks.Now).Html;

        Assert.Equal(PostMortemFlow.Domain.Reviews.ReviewPurpose.Discussion, EmailTemplates.ReviewPurposeOf(EmailPurpose.Mention));
        Assert.Contains("href=\"https://pmf.example/review/token#comment-C3\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;@mei&lt;/b&gt; is this right?", html, StringComparison.Ordinal);
        Assert.Contains("timeline row 1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SponsorEscalation_SaysWhatIsLateByHowLongAndWhoItWaitsOn()
    {
        var state = TestStates.InPhase(Phase.Approval) with { Escalations = 1 };
        var now = state.PublishClockStart.AddHours(50);

        var html = EmailTemplates.Render(WorkflowEmails.SponsorEscalation(state, now, TimeSpan.FromHours(48)), state,
            new EmailLinks(PostMortem: new Uri("https://pmf.example/postmortems/pm-20250209-api")), now).Html;

        Assert.Contains("missed its 48-hour publishing deadline by 2h 00min", html, StringComparison.Ordinal);
        Assert.Contains("Waiting on</th><td>rui@example.com, mei@example.com", html, StringComparison.Ordinal);
        Assert.Contains("50h 00min", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://pmf.example/postmortems/pm-20250209-api\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FollowUpReport_SaysTheRecurrencePlainlyWithTheChartAndPublicationMarked()
    {
        var published = TestStates.Published();
        var from = published.PublishedAt!.Value;
        var check = new RecurrenceCheck
        {
            Trigger = RecurrenceCheck.FollowUp, From = from, To = from.AddDays(28), CheckedAt = from.AddDays(28),
            Queries = [new QueryRecurrence
            {
                Name = "api-5xx-rate <b>", Threshold = 0.3, CoveredFrom = from, CoveredTo = from.AddDays(28),
                Episodes = [new RecurrenceEpisode { Start = from.AddDays(9), End = from.AddDays(9).AddMinutes(30), Peak = 25.7 }],
                Chart = [new SeriesPoint { Time = from, Value = 0.2 }, new SeriesPoint { Time = from.AddDays(9), Value = 25.7 }, new SeriesPoint { Time = from.AddDays(28), Value = 0.2 }],
            }],
            Alerts = [new AlertRecurrence { Name = "HighErrorRate", FiredAt = [from.AddDays(9), from.AddDays(20), from.AddDays(21)] }],
        };
        var state = published with { Recurrence = check };

        var message = WorkflowEmails.FollowUpReport(state, check);
        var html = EmailTemplates.Render(message, state, new EmailLinks(PostMortem: new Uri("https://pmf.example/postmortems/pm-20250209-api")), check.CheckedAt).Html;

        Assert.StartsWith("Follow-up review: HighErrorRate fired 3 times since publication (", message.Subject, StringComparison.Ordinal);
        Assert.Contains("HighErrorRate fired 3 times since publication (", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains(">published</text>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("vp@example.com", message.To);
    }

    [Fact]
    public void FollowUpInvite_NamesTheSignatureItWillReCheck_AndTheLastCheckIfOneRan()
    {
        var published = TestStates.Published() with
        {
            Signature = new Signature
            {
                Queries = [new SignatureQuery { Source = "prometheus", Name = "api-5xx-rate", Query = "sum(rate(x[1m]))", Threshold = 2.4 }],
                Alerts = [new SignatureAlert { Name = "High<ErrorRate>" }],
            },
        };
        var from = published.PublishedAt!.Value;
        var quiet = new RecurrenceCheck { From = from, To = from.AddDays(3), CheckedAt = from.AddDays(3) };

        var before = EmailTemplates.FollowUpInvite(published, null, from).Html;
        var after = EmailTemplates.FollowUpInvite(published with { Recurrence = quiet }, null, from.AddDays(3)).Html;

        Assert.Contains("<li>api-5xx-rate above 2.4</li>", before, StringComparison.Ordinal);
        Assert.Contains("<li>alert High&lt;ErrorRate&gt;</li>", before, StringComparison.Ordinal);
        Assert.DoesNotContain("No recurrence", before, StringComparison.Ordinal);
        Assert.Contains("No recurrence in 3 days since publication.", after, StringComparison.Ordinal);
        Assert.Contains("No signature to re-check", EmailTemplates.FollowUpInvite(TestStates.Published(), null, from).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ScriptSchemeLink_IsLeftOut()
    {
        var state = TestStates.Published() with { PublishedLocation = "javascript:alert(1)" };

        var html = EmailTemplates.Render(WorkflowEmails.PublishedReport(state), state, new EmailLinks(Report: state.PublishedLocation), TestLinks.Now).Html;

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task LocalTicketStatus_FileMarkedDone_IsReadBackAsDone()
    {
        var data = Directory.CreateTempSubdirectory("pmf-local-tickets-").FullName;
        try
        {
            var options = Options.Create(new LocalOutboxOptions { DataPath = data });
            var state = TestStates.Published();
            var tracker = new LocalTicketTracker(options, new FixedClock(TestLinks.Now));
            var first = await tracker.CreateTicketAsync(state, state.PostMortem.ActionItems[0], "k/ticket:AI-001");
            var second = await tracker.CreateTicketAsync(state, state.PostMortem.ActionItems[1], "k/ticket:AI-002");
            var path = Path.Combine(options.Value.DataPath, first);
            await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("\"status\":\"open\"", "\"status\":\"done\"", StringComparison.Ordinal));
            var tracked = state with
            {
                PostMortem = state.PostMortem with
                {
                    ActionItems = state.PostMortem.ActionItems.SetItem(0, state.PostMortem.ActionItems[0] with { TrackerLink = first })
                        .SetItem(1, state.PostMortem.ActionItems[1] with { TrackerLink = second }),
                },
            };

            var statuses = await new LocalTicketStatusSource(options).ReadStatusesAsync(tracked);

            Assert.Equal(ActionItemStatus.Done, statuses["AI-001"]);
            Assert.Equal(ActionItemStatus.Open, statuses["AI-002"]);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
