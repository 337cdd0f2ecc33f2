using Microsoft.AspNetCore.Http;
using PostMortemFlow.Api.Http;

namespace PostMortemFlow.Functions.SignIn;

/// <summary>
/// With App Service authentication the request's user is the principal the platform forwards, and the people's API needs
/// one, as the server's does behind Entra sign-in: an anonymous call gets 401. Webhooks (they check their own secrets or
/// tokens) and the signed review links stay open.
/// </summary>
public static class AppServiceSignIn
{
    private static readonly string[] OpenPaths = ["/api/webhooks", "/review"];

    /// <summary>Sets the request's user; false (with a 401 written) when the route needs someone and nobody is signed in.</summary>
    public static async Task<bool> ApplyAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (AppServicePrincipal.Read(http.Request.Headers[AppServicePrincipal.Header]) is { } user)
        {
            http.User = user;
            return true;
        }
        if (OpenPaths.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        await Problems.Unauthorized("Sign in: this route needs a signed-in user (App Service authentication with Entra ID).").ExecuteAsync(http);
        return false;
    }
}
