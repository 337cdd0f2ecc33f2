using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Identity.Web;

namespace PostMortemFlow.Server.Features.SignIn;

/// <summary>Entra ID sign-in (cookies + OpenID Connect) when <c>AzureAd:ClientId</c> is set; otherwise nothing is registered.</summary>
public static class SignInExtensions
{
    public const string Section = "AzureAd";
    public const string DefaultInstance = "https://login.microsoftonline.com/";

    public static WebApplicationBuilder AddSignIn(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(Section);
        var entra = !string.IsNullOrWhiteSpace(section["ClientId"]);
        builder.Services.AddSingleton(new SignInMode(entra));
        if (!entra)
        {
            return builder;
        }
        if (string.IsNullOrWhiteSpace(section["Instance"]))
        {
            section["Instance"] = DefaultInstance;
        }
        builder.Services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApp(section);
        var loopbackHttp = Uri.TryCreate(section["Instance"], UriKind.Absolute, out var instance)
            && instance.Scheme == Uri.UriSchemeHttp && instance.IsLoopback;
        // Registered after Microsoft.Identity.Web's own configuration, so it wraps (not replaces) its event handlers.
        builder.Services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
        {
            // Only a local stand-in provider (tests, development) is served over plain http; a real authority is always https.
            if (loopbackHttp)
            {
                o.RequireHttpsMetadata = false;
                // Entra's issuer validator reads the metadata again over https only; a stand-in's one issuer is checked as it is.
                o.TokenValidationParameters.IssuerValidator = null;
                o.TokenValidationParameters.ValidIssuer = $"{section["Instance"]!.TrimEnd('/')}/{section["TenantId"]}/v2.0";
            }
            o.Events ??= new OpenIdConnectEvents();
            var redirect = o.Events.OnRedirectToIdentityProvider;
            o.Events.OnRedirectToIdentityProvider = context =>
            {
                // Scripts and API clients cannot follow a sign-in redirect; they get a plain 401.
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    context.HandleResponse();
                    return Task.CompletedTask;
                }
                return redirect(context);
            };
        });
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    /// <summary><c>GET /signout</c>: ends the local cookie session and the Entra session, then returns to the list.</summary>
    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<SignInMode>().Entra)
        {
            app.MapGet("/signout", () => Results.SignOut(new AuthenticationProperties { RedirectUri = "/" },
                [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]));
        }
        return app;
    }
}
