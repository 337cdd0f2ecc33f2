using PostMortemFlow.Server.Features.PostMortems.Pages;

namespace PostMortemFlow.Server.Features.PostMortems;

public static class PostMortemPagesExtensions
{
    /// <summary>The review UI: server-rendered pages under <c>Features/PostMortems/Pages</c>, anti-forgery on every form.</summary>
    public static WebApplicationBuilder AddReviewPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(o => o.RootDirectory = "/Features/PostMortems/Pages");
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "pmf-antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddSingleton<EvidenceFiles>();
        return builder;
    }
}
