using PostMortemFlow.Domain.Reviews;

namespace PostMortemFlow.Server.Features.Reviews;

public static class ReviewEndpoints
{
    /// <summary>Carries the signed link from the landing to the pages, which show whom the link is for.</summary>
    public const string ReviewCookie = "pmf-review-link";

    /// <summary><c>GET /review/{token}</c>: a reviewer's signed link from an e-mail lands here and goes on to the right page.</summary>
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/review/{token}", (string token, ReviewLinks links, HttpContext http) =>
        {
            var (verdict, link) = links.Read(token);
            if (verdict == ReviewLinkVerdict.Valid)
            {
                var page = $"/postmortems/{Uri.EscapeDataString(link!.PostMortemId)}";
                http.Response.Cookies.Append(ReviewCookie, token, new CookieOptions
                {
                    HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, Path = page, Expires = link.ExpiresAt,
                });
                return Results.Redirect($"{page}?step={link.Purpose}");
            }
            if (AcceptsHtml(http.Request))
            {
                return Results.Content(InvalidLinkPage(verdict == ReviewLinkVerdict.Expired), "text/html; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
            }
            return verdict switch
            {
                ReviewLinkVerdict.Expired => Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "This review link has expired",
                    detail: "Review links are valid for a limited time. Ask the post-mortem's authors for a new one."),
                _ => Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "This review link is not valid",
                    detail: "The link was changed or was not issued by this service."),
            };
        }).AllowAnonymous();
        return app;
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    private static string InvalidLinkPage(bool expired)
    {
        var (title, detail) = expired
            ? ("This review link has expired", "Review links are valid for a limited time. Ask the post-mortem's authors for a new one.")
            : ("This review link is not valid", "The link was changed or was not issued by this service. Open the link from the e-mail again, or ask the authors for a new one.");
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main id="main" class="narrow"><h1>{title}</h1><p>{detail}</p><p><a href="/">All post-mortems</a></p></main></body></html>
            """;
    }
}
