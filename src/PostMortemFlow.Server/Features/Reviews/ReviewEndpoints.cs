using PostMortemFlow.Api.Reviews;
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
            return ReviewLinkRefusal.For(verdict, http.Request);
        }).AllowAnonymous();
        return app;
    }
}
