using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using PostMortemFlow.Server.Tests.TestData;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>A stand-in Entra ID on loopback: serves only the OpenID configuration and a signing key, so a challenge can be built offline.</summary>
public sealed class FakeOpenIdProvider : IDisposable
{
    public const string Tenant = "contoso-tenant";

    private readonly HttpListener _listener = new();
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
            var body = path switch
            {
                _ when path == $"/{Tenant}/v2.0/.well-known/openid-configuration" => Configuration(),
                _ when path == $"/{Tenant}/discovery/v2.0/keys" => Keys(),
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
