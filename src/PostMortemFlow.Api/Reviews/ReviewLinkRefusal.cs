using PostMortemFlow.Domain.Reviews;

namespace PostMortemFlow.Api.Reviews;

/// <summary>What a changed or expired review link gets: a plain page for a browser, problem details for anything else; always 401.</summary>
public static class ReviewLinkRefusal
{
    public static IResult For(ReviewLinkVerdict verdict, HttpRequest request)
    {
        var expired = verdict == ReviewLinkVerdict.Expired;
        var title = expired ? "This review link has expired" : "This review link is not valid";
        if (request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true))
        {
            var detail = expired
                ? "Review links are valid for a limited time. Ask the post-mortem's authors for a new one."
                : "The link was changed or was not issued by this service. Open the link from the e-mail again, or ask the authors for a new one.";
            return Results.Content($"""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{title}</title><link rel="stylesheet" href="/css/site.css"></head>
                <body><main id="main" class="narrow"><h1>{title}</h1><p>{detail}</p><p><a href="/">All post-mortems</a></p></main></body></html>
                """, "text/html; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
        }
        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: title, detail: expired
            ? "Review links are valid for a limited time. Ask the post-mortem's authors for a new one."
            : "The link was changed or was not issued by this service.");
    }
}
