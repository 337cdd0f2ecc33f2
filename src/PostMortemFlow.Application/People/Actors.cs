using System.Security.Claims;

namespace PostMortemFlow.Application.People;

/// <summary>Who is acting, for the history: the signed-in user when sign-in is configured, else the one local identity.</summary>
public static class Actors
{
    public const string LocalUser = "local-user";

    public static bool IsSignedIn(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;

    public static string NameOf(ClaimsPrincipal user) =>
        !IsSignedIn(user) ? LocalUser
        : user.FindFirst("preferred_username")?.Value ?? user.FindFirst(ClaimTypes.Email)?.Value ?? user.Identity?.Name ?? LocalUser;

    /// <summary>An API caller's actor: a signed-in user is recorded as themselves whatever the body claims; otherwise the body's <c>by</c>, else the local user.</summary>
    public static string ActorOf(ClaimsPrincipal user, string? claimed) =>
        IsSignedIn(user) ? NameOf(user) : claimed ?? LocalUser;
}
