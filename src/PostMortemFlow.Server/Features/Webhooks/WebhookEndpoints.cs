using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Intake;
using PostMortemFlow.Server.Features.Incidents;

namespace PostMortemFlow.Server.Features.Webhooks;

/// <summary>
/// The incident webhooks. Order matters: size, credentials, media type, JSON, schema — and only then a grain, so a
/// refused delivery changes nothing. An accepted one is durable in the incident grain before the answer.
/// </summary>
public static class WebhookEndpoints
{
    private static readonly JsonDocumentOptions Json = new() { MaxDepth = 64 };

    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var hooks = app.MapGroup("/api/webhooks").WithTags("Webhooks").AllowAnonymous();
        hooks.MapPost("/azure-monitor", (HttpContext http, IGrainFactory grains) => ReceiveAsync(http, grains, WebhookSource.AzureMonitor));
        hooks.MapPost("/alertmanager", (HttpContext http, IGrainFactory grains) => ReceiveAsync(http, grains, WebhookSource.Alertmanager));
        hooks.MapPost("/pagerduty", (HttpContext http, IGrainFactory grains) => ReceiveAsync(http, grains, WebhookSource.PagerDuty));
        return app;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext http, IGrainFactory grains, WebhookSource source)
    {
        var services = http.RequestServices;
        var body = await ReadBodyAsync(http);
        if (body is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large",
                detail: $"A delivery is at most {WebhookOptions.MaxBodyBytes} bytes.");
        }
        if (await services.GetRequiredService<WebhookAuthenticator>().RefusalAsync(source, http.Request, body) is { } refusal)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebhookEndpoints))
                .LogWarning("Refused a {Source} delivery from {Remote}: {Reason}", source, http.Connection.RemoteIpAddress, refusal);
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                detail: "The delivery's credentials are missing or wrong.");
        }
        if (!http.Request.HasJsonContentType())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "Send the body as application/json.");
        }
        if (!Utf8.IsValid(body))
        {
            return Malformed("$", "The body is not valid UTF-8.", null, null);
        }
        IntakeParseResult parsed;
        try
        {
            using var document = JsonDocument.Parse(body, Json);
            var policy = services.GetRequiredService<IOptions<IntakePolicy>>().Value;
            parsed = source switch
            {
                WebhookSource.Alertmanager => AlertmanagerParser.Parse(document.RootElement, PayloadHash(body), policy),
                WebhookSource.AzureMonitor => AzureMonitorParser.Parse(document.RootElement, PayloadHash(body), policy),
                _ => PagerDutyParser.Parse(document.RootElement, policy),
            };
        }
        catch (JsonException broken)
        {
            var line = broken.LineNumber + 1;
            var position = broken.BytePositionInLine + 1;
            return Malformed(string.IsNullOrEmpty(broken.Path) ? "$" : broken.Path,
                $"Malformed JSON at line {line}, byte {position}: {broken.Message.Split(" LineNumber:")[0]}", line, position);
        }
        if (parsed.Ignored is { } ignored)
        {
            return TypedResults.Ok(new { incidentKey = (string?)null, postmortemId = (string?)null, status = "ignored", detail = ignored });
        }
        if (parsed.Delivery is not { } delivery)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(parsed.Problems.ToDictionary())
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The delivery does not have the documented shape",
            });
        }
        var key = IncidentKeys.For(delivery.Source, delivery.ExternalId);
        var result = await grains.GetGrain<IIncidentGrain>(key).Receive(delivery);
        var answer = IncidentEndpoints.Body(result);
        return result.Replayed ? TypedResults.Ok(answer) : TypedResults.Accepted($"/api/incidents/{Uri.EscapeDataString(key)}", answer);
    }

    private static string PayloadHash(byte[] body) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body)[..16]);

    private static IResult Malformed(string where, string reason, long? line, long? position) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [where] = [reason] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The body is not valid JSON",
            Extensions = { ["line"] = line, ["bytePositionInLine"] = position },
        });

    /// <summary>The raw body (signatures are over the exact bytes), or null when it is over the limit.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength > WebhookOptions.MaxBodyBytes)
        {
            return null;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = WebhookOptions.MaxBodyBytes;
        }
        using var buffer = new MemoryStream(http.Request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (buffer.Length + read > WebhookOptions.MaxBodyBytes)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return buffer.ToArray();
    }
}
