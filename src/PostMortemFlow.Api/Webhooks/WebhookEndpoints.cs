using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PostMortemFlow.Api.Http;
using PostMortemFlow.Api.Incidents;
using PostMortemFlow.Application.Incidents;
using PostMortemFlow.Domain.Intake;
using PostMortemFlow.Integrations.Telemetry;

namespace PostMortemFlow.Api.Webhooks;

/// <summary>
/// The incident webhooks. Order matters: size, credentials, media type, JSON, schema — and only then a grain, so a
/// refused delivery changes nothing. An accepted one is durable in the host's intake before the answer, which is
/// given from the incident's own record.
/// </summary>
public static class WebhookEndpoints
{
    private static readonly JsonDocumentOptions Json = new() { MaxDepth = 64 };

    public const string Prefix = "/api/webhooks";

    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder app)
    {
        var hooks = app.MapGroup(Prefix).WithTags("Webhooks").AllowAnonymous().WithProblems(ProblemMetadata.Webhook);
        hooks.MapPost("/azure-monitor", (HttpContext http, IIncidentIntake intake) => ReceiveAsync(http, intake, WebhookSource.AzureMonitor));
        hooks.MapPost("/alertmanager", (HttpContext http, IIncidentIntake intake) => ReceiveAsync(http, intake, WebhookSource.Alertmanager));
        hooks.MapPost("/pagerduty", (HttpContext http, IIncidentIntake intake) => ReceiveAsync(http, intake, WebhookSource.PagerDuty));
        return app;
    }

    /// <summary>
    /// Receives one delivery from <paramref name="source"/> and counts it by what became of it
    /// (<c>pmf.webhook.deliveries</c>); the Functions app's webhook functions call this too.
    /// </summary>
    public static async Task<Results<Ok<IntakeAnswer>, Accepted<IntakeAnswer>, ProblemHttpResult>> ReceiveAsync(HttpContext http, IIncidentIntake intake, WebhookSource source)
    {
        var metrics = http.RequestServices.GetRequiredService<PostMortemMetrics>();
        var name = SourceName(source);
        try
        {
            var answer = await AnswerAsync(http, intake, source);
            metrics.WebhookDelivered(name, DeliveryStatus(answer.Result));
            return answer;
        }
        catch (Exception)
        {
            metrics.WebhookDelivered(name, "error");
            throw;
        }
    }

    /// <summary>The source as the incident keys name it: <c>azure-monitor</c>, <c>alertmanager</c>, <c>pagerduty</c>.</summary>
    public static string SourceName(WebhookSource source) => source switch
    {
        WebhookSource.AzureMonitor => AzureMonitorParser.SourceName,
        WebhookSource.Alertmanager => AlertmanagerParser.SourceName,
        _ => PagerDutyParser.SourceName,
    };

    /// <summary>The answer's status for an accepted delivery (<c>started</c>, <c>duplicate</c>, …), else why it was refused.</summary>
    private static string DeliveryStatus(IResult result) => result switch
    {
        Ok<IntakeAnswer> ok => ok.Value!.Status,
        Accepted<IntakeAnswer> accepted => accepted.Value!.Status,
        ProblemHttpResult { StatusCode: StatusCodes.Status401Unauthorized } => "unauthorized",
        ProblemHttpResult { StatusCode: StatusCodes.Status413PayloadTooLarge } => "too_large",
        ProblemHttpResult { StatusCode: StatusCodes.Status415UnsupportedMediaType } => "not_json",
        ProblemHttpResult { StatusCode: StatusCodes.Status400BadRequest } => "malformed",
        _ => "invalid",
    };

    private static async Task<Results<Ok<IntakeAnswer>, Accepted<IntakeAnswer>, ProblemHttpResult>> AnswerAsync(HttpContext http, IIncidentIntake intake, WebhookSource source)
    {
        var services = http.RequestServices;
        var body = await ReadBodyAsync(http);
        if (body is null)
        {
            return Problems.TooLarge($"A delivery is at most {WebhookOptions.MaxBodyBytes} bytes.");
        }
        if (await services.GetRequiredService<WebhookAuthenticator>().RefusalAsync(source, http.Request, body) is { } refusal)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebhookEndpoints))
                .LogWarning("Refused a {Source} delivery from {Remote}: {Reason}", source, http.Connection.RemoteIpAddress, refusal);
            return Problems.Unauthorized("The delivery's credentials are missing or wrong.");
        }
        if (!http.Request.HasJsonContentType())
        {
            return Problems.NotJson();
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
            return TypedResults.Ok(IntakeAnswer.Ignored(ignored));
        }
        if (parsed.Delivery is not { } delivery)
        {
            return Problems.Invalid(parsed.Problems.ToDictionary(), "The delivery does not have the documented shape", StatusCodes.Status422UnprocessableEntity);
        }
        var key = IncidentKeys.For(delivery.Source, delivery.ExternalId);
        var result = await intake.ReceiveAsync(key, delivery, http.RequestAborted);
        var answer = IntakeAnswer.From(result);
        return result.Replayed ? TypedResults.Ok(answer) : TypedResults.Accepted($"{IncidentEndpoints.Prefix}/{Uri.EscapeDataString(key)}", answer);
    }

    private static string PayloadHash(byte[] body) => Convert.ToHexStringLower(SHA256.HashData(body)[..16]);

    private static ProblemHttpResult Malformed(string where, string reason, long? line, long? position) =>
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
