using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PostMortemFlow.Server.Tests.TestData;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>
/// A stand-in Entra ID on loopback: the OpenID configuration, a signing key, and the authorization-code flow. Its
/// authorize endpoint signs in whoever the request names in <see cref="UserHeader"/> (and <see cref="GroupsHeader"/>), as
/// if they had typed their password, and its token endpoint redeems the code for an id token signed with its key.
/// </summary>
public sealed class FakeOpenIdProvider : IDisposable
{
    public const string Tenant = "contoso-tenant";

    public const string UserHeader = "X-Sign-In-As";
    public const string GroupsHeader = "X-Sign-In-Groups";

    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Grant> _codes = new(StringComparer.Ordinal);
    private readonly RSA _key = RSA.Create(2048);
    private readonly Task _serving;

    public FakeOpenIdProvider()
    {
        var port = FreePort.Next();
        Instance = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Instance);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string Instance { get; }

    public string Authority => $"{Instance}{Tenant}/v2.0";

    public string AuthorizationEndpoint => $"{Instance}{Tenant}/oauth2/v2.0/authorize";

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            var path = context.Request.Url!.AbsolutePath;
            if (path == $"/{Tenant}/oauth2/v2.0/authorize")
            {
                Authorize(context);
                continue;
            }
            var body = path switch
            {
                _ when path == $"/{Tenant}/v2.0/.well-known/openid-configuration" => Configuration(),
                _ when path == $"/{Tenant}/discovery/v2.0/keys" => Keys(),
                _ when path == $"/{Tenant}/oauth2/v2.0/token" => await TokenAsync(context.Request),
                _ => null,
            };
            context.Response.StatusCode = body is null ? 404 : 200;
            if (body is not null)
            {
                var bytes = Encoding.UTF8.GetBytes(body);
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(bytes);
            }
            context.Response.Close();
        }
    }

    private string Configuration() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = Authority,
        ["authorization_endpoint"] = AuthorizationEndpoint,
        ["token_endpoint"] = $"{Instance}{Tenant}/oauth2/v2.0/token",
        ["end_session_endpoint"] = $"{Instance}{Tenant}/oauth2/v2.0/logout",
        ["jwks_uri"] = $"{Instance}{Tenant}/discovery/v2.0/keys",
        ["response_types_supported"] = new[] { "code", "id_token", "code id_token" },
        ["subject_types_supported"] = new[] { "pairwise" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["scopes_supported"] = new[] { "openid", "profile", "email", "offline_access" },
    });

    private sealed record Grant(string User, string[] Groups, string ClientId, string? Nonce);

    /// <summary>Signs in the named user and sends the browser back to the app with a code (in the query, which the app's callback reads too).</summary>
    private void Authorize(HttpListenerContext context)
    {
        var query = HttpUtility.ParseQueryString(context.Request.Url!.Query);
        var user = context.Request.Headers[UserHeader];
        if (string.IsNullOrEmpty(user) || query["redirect_uri"] is not { } redirect)
        {
            context.Response.StatusCode = 400;
            context.Response.Close();
            return;
        }
        var groups = (context.Request.Headers[GroupsHeader] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var code = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _codes[code] = new Grant(user, groups, query["client_id"] ?? "", query["nonce"]);
        context.Response.StatusCode = 302;
        context.Response.Headers["Location"] = $"{redirect}?code={code}&state={Uri.EscapeDataString(query["state"] ?? "")}";
        context.Response.Close();
    }

    private async Task<string?> TokenAsync(HttpListenerRequest request)
    {
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var form = HttpUtility.ParseQueryString(await reader.ReadToEndAsync());
        if (form["grant_type"] != "authorization_code" || form["code"] is not { } code || !_codes.TryRemove(code, out var grant))
        {
            return null;
        }
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = grant.User, ["oid"] = Guid.NewGuid().ToString(), ["tid"] = Tenant, ["ver"] = "2.0",
            ["preferred_username"] = grant.User, ["name"] = grant.User.Split('@')[0], ["groups"] = grant.Groups,
        };
        if (grant.Nonce is { } nonce)
        {
            claims["nonce"] = nonce;
        }
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority, Audience = grant.ClientId, IssuedAt = now, NotBefore = now, Expires = now.AddHours(1), Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_key) { KeyId = "test-key" }, SecurityAlgorithms.RsaSha256),
        });
        return JsonSerializer.Serialize(new { token_type = "Bearer", id_token = idToken, access_token = "not-used", expires_in = 3600 });
    }

    private string Keys()
    {
        var parameters = _key.ExportParameters(includePrivateParameters: false);
        return JsonSerializer.Serialize(new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", kid = "test-key", n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) },
            },
        });
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
        _key.Dispose();
    }
}
