using System.Security.Claims;
using PostMortemFlow.Domain.Access;

namespace PostMortemFlow.Application.People;

/// <summary>The viewer a request's user is, for who-may-see-what: every name they sign in with, and their Entra groups.</summary>
public static class Viewers
{
    /// <summary>The claim Entra ID puts group object ids in, when the app registration emits group claims.</summary>
    public const string GroupsClaim = "groups";

    /// <summary>Names that identify one account; a display name ("name") does not, so it never grants access.</summary>
    private static readonly string[] NameClaims = ["preferred_username", "email", ClaimTypes.Email, ClaimTypes.Upn, "upn"];

    public static Viewer Of(ClaimsPrincipal? user) =>
        user is null || !Actors.IsSignedIn(user)
            ? Viewer.Local
            : Viewer.SignedIn(NameClaims.SelectMany(c => user.FindAll(c)).Select(c => c.Value), user.FindAll(GroupsClaim).Select(c => c.Value));
}
