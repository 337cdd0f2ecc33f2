using System.Security.Claims;
using System.Text;
using System.Text.Json;

namespace PostMortemFlow.Functions.SignIn;

/// <summary>
/// The signed-in user App Service authentication forwards in <see cref="Header"/>: base64 JSON of the provider, the claim
/// types it names and the token's claims. Only the platform can set it once authentication is on (it drops the header from
/// incoming requests), so it is read only then.
/// </summary>
public static class AppServicePrincipal
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    private sealed record Principal(string? Auth_typ, string? Name_typ, string? Role_typ, List<PrincipalClaim>? Claims);

    private sealed record PrincipalClaim(string? Typ, string? Val);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The user the header names, or null when it is missing, unreadable or names nobody.</summary>
    public static ClaimsPrincipal? Read(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }
        Principal? principal;
        try
        {
            principal = JsonSerializer.Deserialize<Principal>(Encoding.UTF8.GetString(Convert.FromBase64String(header)), Json);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
        var claims = (principal?.Claims ?? []).Where(c => !string.IsNullOrEmpty(c.Typ) && c.Val is not null).Select(c => new Claim(c.Typ!, c.Val!)).ToList();
        if (claims.Count == 0)
        {
            return null;
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, string.IsNullOrEmpty(principal!.Auth_typ) ? "appservice" : principal.Auth_typ,
            principal.Name_typ ?? ClaimTypes.Name, principal.Role_typ ?? ClaimTypes.Role));
    }
}
