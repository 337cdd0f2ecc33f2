using System.Net;
using System.Text;
using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting.Parsing;
using PostMortemFlow.Domain.Reviews;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Text;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Functions.Reviews;

/// <summary>
/// The page a signed review link opens in the Functions app: the step's draft (the rendered report in a sandboxed frame,
/// the findings and the checklist), the Markdown of the part under review to edit, and approve or request changes.
/// Server-rendered from the Domain's renderers; every piece of user text is encoded.
/// </summary>
public static class ReviewPage
{
    /// <param name="briefs">For an account link: the questions about the holder's own moments, to answer here.</param>
    public static string Render(PostMortemState state, ReviewLink link, string token, string formCheck, string? message = null,
        IReadOnlyList<ParseProblem>? problems = null, string? editedPart = null, IReadOnlyList<ResponderBrief>? briefs = null)
    {
        var report = WorkflowReport.Of(state);
        var atStep = StepOf(state.Phase) == link.Purpose;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E($"Review · {state.PostMortem.Title}")).Append("</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:72rem;margin:auto;padding:1rem}textarea{width:100%;min-height:24rem;font-family:monospace}")
            .Append("iframe{width:100%;height:32rem;border:1px solid #ccc}.error{color:#b00020}.warning{color:#8a5a00}</style></head><body><main>")
            .Append("<h1>").Append(E(state.PostMortem.Title)).Append("</h1>")
            .Append("<p>").Append(E(Words.Of(state.Phase))).Append(" · link for <strong>").Append(E(link.Reviewer)).Append("</strong> to ")
            .Append(E(Words.Of(link.Purpose).ToLowerInvariant())).Append(", valid until ").Append(E(UtcFormat.Minute(link.ExpiresAt))).Append("</p>");
        if (message is not null)
        {
            html.Append("<p role=\"status\" class=\"error\">").Append(E(message)).Append("</p>");
        }
        foreach (var problem in problems ?? [])
        {
            html.Append("<p class=\"error\">Line ").Append(problem.Line).Append(": ").Append(E(problem.Message)).Append("</p>");
        }
        Findings(html, report.Lint);
        if (link.Purpose == ReviewPurpose.Discussion)
        {
            Discussion(html, state);
        }
        else if (link.Purpose == ReviewPurpose.Account)
        {
            Account(html, state, token, formCheck, briefs ?? []);
        }
        else if (!atStep)
        {
            html.Append("<p>This step is over: the post-mortem is in ").Append(E(Words.Of(state.Phase))).Append(".</p>");
        }
        else
        {
            html.Append("<form method=\"post\" action=\"/review/").Append(E(token)).Append("\">")
                .Append("<input type=\"hidden\" name=\"check\" value=\"").Append(E(formCheck)).Append("\">");
            if (ReviewedPart.IsEditable(link.Purpose))
            {
                html.Append("<label for=\"part\">The part under review (Markdown)</label><textarea id=\"part\" name=\"part\">")
                    .Append(E(editedPart ?? ReviewedPart.Of(state.PostMortem, link.Purpose))).Append("</textarea>")
                    .Append("<button name=\"action\" value=\"save\">Save</button> ");
            }
            html.Append("<button name=\"action\" value=\"approve\">Approve</button>");
            if (link.Purpose != ReviewPurpose.TimelineReview)
            {
                html.Append("<p><label for=\"reason\">What should change</label><input id=\"reason\" name=\"reason\"> ")
                    .Append("<button name=\"action\" value=\"changes\">Request changes</button></p>");
            }
            html.Append("</form>");
        }
        html.Append("<h2>The report as it will be published</h2><iframe title=\"Report\" sandbox srcdoc=\"").Append(E(report.Html)).Append("\"></iframe>")
            .Append("</main></body></html>");
        return html.ToString();
    }

    /// <summary>The review's discussion, each comment where its mention link points (<c>#comment-C3</c>); every word encoded.</summary>
    private static void Discussion(StringBuilder html, PostMortemState state)
    {
        html.Append("<h2>Discussion</h2>");
        foreach (var comment in state.PostMortem.Comments)
        {
            html.Append("<div id=\"comment-").Append(E(comment.Id)).Append("\"><p><strong>").Append(E(comment.Author)).Append("</strong> on ")
                .Append(E(CommentAnchors.Describe(comment.Anchor))).Append(" (").Append(E(comment.Quote)).Append("), ")
                .Append(E(UtcFormat.Minute(comment.At))).Append(comment.Resolved ? " · resolved" : "").Append("</p><p>")
                .Append(comment.Deleted ? "<em>deleted</em>" : E(comment.Text)).Append("</p></div>");
        }
    }

    /// <summary>
    /// The holder's questions with what they answered so far, as a form: their account, in their own words. It is linted
    /// like the rest, as warnings only, and only they can change it.
    /// </summary>
    private static void Account(StringBuilder html, PostMortemState state, string token, string formCheck, IReadOnlyList<ResponderBrief> briefs)
    {
        html.Append("<h2>Your account</h2><p>What did you see, what did you expect, what was hard to tell at the time? There are no wrong answers.</p>");
        if (briefs.Count == 0)
        {
            html.Append("<p>The timeline names no moment of yours any more; nothing to answer.</p>");
            return;
        }
        foreach (var brief in briefs)
        {
            var written = state.PostMortem.Accounts.FirstOrDefault(a => string.Equals(a.Actor, brief.Actor, StringComparison.OrdinalIgnoreCase));
            html.Append("<form method=\"post\" action=\"/review/").Append(E(token)).Append("\">")
                .Append("<input type=\"hidden\" name=\"check\" value=\"").Append(E(formCheck)).Append("\">")
                .Append("<input type=\"hidden\" name=\"actor\" value=\"").Append(E(brief.Actor)).Append("\">");
            for (var i = 0; i < brief.Questions.Count; i++)
            {
                var question = brief.Questions[i].Text;
                var answer = written?.Answers.FirstOrDefault(a => a.Question == question)?.Answer ?? "";
                html.Append("<p><label for=\"answer-").Append(i).Append("\">").Append(E(question)).Append("</label>")
                    .Append("<input type=\"hidden\" name=\"question\" value=\"").Append(E(question)).Append("\">")
                    .Append("<textarea id=\"answer-").Append(i).Append("\" name=\"answer\" style=\"min-height:5rem\">").Append(E(answer)).Append("</textarea></p>");
            }
            html.Append("<button name=\"action\" value=\"account\">Save my account</button></form>");
        }
    }

    /// <summary>The review step a phase is at, when it is one.</summary>
    public static ReviewPurpose? StepOf(Phase phase) => phase switch
    {
        Phase.TimelineReview => ReviewPurpose.TimelineReview,
        Phase.AnalysisReview => ReviewPurpose.AnalysisReview,
        Phase.Approval => ReviewPurpose.Approval,
        _ => null,
    };

    private static void Findings(StringBuilder html, LintReport lint)
    {
        html.Append("<h2>Findings</h2>");
        if (lint.Findings.Count == 0)
        {
            html.Append("<p>No findings.</p>");
        }
        html.Append("<ul>");
        foreach (var finding in lint.Findings)
        {
            html.Append("<li class=\"").Append(finding.Severity == FindingSeverity.Error ? "error" : "warning").Append("\">")
                .Append(E(Words.Of(finding.Severity))).Append(": ").Append(E(finding.Message));
            if (finding.Suggestion is { Length: > 0 } suggestion)
            {
                html.Append(" <em>").Append(E(suggestion)).Append("</em>");
            }
            html.Append("</li>");
        }
        html.Append("</ul><h2>Validation checklist</h2><ol>");
        foreach (var item in lint.Checklist)
        {
            html.Append("<li>").Append(E(item.Title)).Append(": <strong>").Append(E(Words.Of(item.Status))).Append("</strong> ").Append(E(item.Reason)).Append("</li>");
        }
        html.Append("</ol>");
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
