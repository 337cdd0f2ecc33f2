using PostMortemFlow.Server.Features.Postmortems.Pages;

namespace PostMortemFlow.Server.Features.Postmortems;

public static class PostmortemPagesExtensions
{
    /// <summary>The review UI: server-rendered pages under <c>Features/Postmortems/Pages</c>, anti-forgery on every form.</summary>
    public static WebApplicationBuilder AddPostmortemPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(o => o.RootDirectory = "/Features/Postmortems/Pages");
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "pmf-antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddSingleton<EvidenceFiles>();
        return builder;
    }

    public static WebApplication MapPostmortemPages(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        return app;
    }
}
