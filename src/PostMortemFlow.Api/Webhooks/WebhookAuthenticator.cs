using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;
using PostMortemFlow.Integrations.AzureMonitor;

namespace PostMortemFlow.Api.Webhooks;

/// <summary>Checks a delivery's credentials for its source; every comparison of a secret is constant-time.</summary>
public sealed class WebhookAuthenticator
{
    public const string PagerDutySignatureHeader = "X-PagerDuty-Signature";

    private readonly WebhookOptions _options;
    private readonly byte[][] _pagerDutyKeys;
    private readonly JsonWebTokenHandler _tokens = new();
    private readonly TokenValidationParameters? _entra;

    public WebhookAuthenticator(IOptions<WebhookOptions> options)
    {
        _options = options.Value;
        _pagerDutyKeys = [.. (_options.PagerDuty.SigningSecrets ?? []).Where(s => s.Length > 0).Select(Encoding.UTF8.GetBytes)];
        _entra = _options.AzureMonitor.HasEntra ? EntraParameters(_options.AzureMonitor) : null;
    }

    /// <summary>Null when the delivery is authentic, otherwise why not (never containing the credentials).</summary>
    public async Task<string?> RefusalAsync(WebhookSource source, HttpRequest request, ReadOnlyMemory<byte> body) => source switch
    {
        WebhookSource.PagerDuty => PagerDuty(request, body.Span),
        WebhookSource.Alertmanager => Alertmanager(request),
        WebhookSource.AzureMonitor => await AzureMonitorAsync(request),
        _ => "unknown source",
    };

    private string? PagerDuty(HttpRequest request, ReadOnlySpan<byte> body)
    {
        if (_pagerDutyKeys.Length == 0)
        {
            return "no signing secret is configured";
        }
        var header = request.Headers[PagerDutySignatureHeader].ToString();
        if (header.Length == 0)
        {
            return "no signature";
        }
        Span<byte> expected = stackalloc byte[32];
        Span<byte> given = stackalloc byte[32];
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!part.StartsWith("v1=", StringComparison.Ordinal) || part.Length != 3 + 64
                || Convert.FromHexString(part.AsSpan(3), given, out _, out var written) != OperationStatus.Done || written != 32)
            {
                continue;
            }
            foreach (var key in _pagerDutyKeys)
            {
                HMACSHA256.HashData(key, body, expected);
                if (CryptographicOperations.FixedTimeEquals(expected, given))
                {
                    return null;
                }
            }
        }
        return "no signature matches";
    }

    private string? Alertmanager(HttpRequest request)
    {
        var options = _options.Alertmanager;
        if (!options.HasSecret)
        {
            return "no bearer token or basic auth is configured";
        }
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(options.BearerToken))
        {
            return SameSecret(header[7..].Trim(), options.BearerToken) ? null : "wrong bearer token";
        }
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(options.BasicAuth))
        {
            string decoded;
            try
            {
                decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            }
            catch (FormatException)
            {
                return "malformed basic credentials";
            }
            return SameSecret(decoded, options.BasicAuth) ? null : "wrong basic credentials";
        }
        return "no accepted Authorization header";
    }

    private async Task<string?> AzureMonitorAsync(HttpRequest request)
    {
        var options = _options.AzureMonitor;
        if (!options.HasSecret && _entra is null)
        {
            return "no secret or Entra audience is configured";
        }
        var token = request.Query[AzureMonitorWebhookOptions.TokenParameter].ToString();
        if (token.Length > 0 && options.HasSecret)
        {
            return SameSecret(token, options.Secret!) ? null : "wrong URL token";
        }
        var header = request.Headers.Authorization.ToString();
        if (_entra is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var result = await _tokens.ValidateTokenAsync(header[7..].Trim(), _entra);
            if (!result.IsValid)
            {
                return $"Entra token refused ({result.Exception?.GetType().Name ?? "invalid"})";
            }
            if (!string.IsNullOrWhiteSpace(options.EntraRole) && !result.ClaimsIdentity.Claims.Any(c => c.Type == "roles" && c.Value == options.EntraRole))
            {
                return "Entra token lacks the required role";
            }
            return null;
        }
        return "no token";
    }

    /// <summary>Hashes both sides first so the comparison takes the same time whatever the lengths.</summary>
    private static bool SameSecret(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static TokenValidationParameters EntraParameters(AzureMonitorWebhookOptions options)
    {
        var parameters = new TokenValidationParameters
        {
            ValidAudience = options.EntraAudience,
            ValidIssuer = options.EntraIssuer,
            ValidateAudience = true,
            ValidateIssuer = true,
            ValidateLifetime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = TimeSpan.FromMinutes(2),
        };
        if (options.EntraSigningKeys is { Length: > 0 } pems)
        {
            parameters.IssuerSigningKeys = [.. pems.Select(pem =>
            {
                var rsa = RSA.Create();
                rsa.ImportFromPem(pem);
                return new RsaSecurityKey(rsa);
            })];
        }
        if (!string.IsNullOrWhiteSpace(options.EntraMetadataAddress))
        {
            parameters.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(options.EntraMetadataAddress,
                new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = options.EntraMetadataAddress.StartsWith("https:", StringComparison.OrdinalIgnoreCase) });
        }
        return parameters;
    }
}
