using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Reviews;

namespace PostMortemFlow.Server.Features.Reviews;

public static class ReviewEndpoints
{
    public static WebApplicationBuilder AddReviewLinks(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReviewLinkOptions>().BindConfiguration(ReviewLinkOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ReviewLinkOptions>, ReviewLinkOptionsValidator>();
        builder.Services.AddSingleton<ReviewLinks>();
        return builder;
    }

    /// <summary><c>GET /review/{token}</c>: a reviewer's signed link from an e-mail lands here and goes on to the right page.</summary>
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/review/{token}", (string token, ReviewLinks links) =>
        {
            var (verdict, link) = links.Read(token);
            return verdict switch
            {
                ReviewLinkVerdict.Valid => Results.Redirect($"/postmortems/{Uri.EscapeDataString(link!.PostmortemId)}?step={link.Purpose}"),
                ReviewLinkVerdict.Expired => Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "This review link has expired",
                    detail: "Review links are valid for a limited time. Ask the post-mortem's authors for a new one."),
                _ => Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "This review link is not valid",
                    detail: "The link was changed or was not issued by this service."),
            };
        });
        return app;
    }
}
