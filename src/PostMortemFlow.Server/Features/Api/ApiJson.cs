using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace PostMortemFlow.Server.Features.Api;

/// <summary>Reads a JSON body so every way it can be wrong becomes a problem response naming the field.</summary>
public static class ApiJson
{
    /// <summary>The largest JSON body accepted; Kestrel enforces the same limit on chunked bodies.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext context) where T : class
    {
        if (!context.Request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type", detail: "Send the body as application/json."));
        }
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return (null, TooLarge($"The body may be at most {MaxBodyBytes} bytes."));
        }
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, options, context.RequestAborted);
            return value is null ? (null, Invalid("$", "A JSON object is required.")) : (value, null);
        }
        catch (JsonException failure)
        {
            return (null, Invalid(FieldOf(failure.Path), ReasonOf(failure)));
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(tooLarge.Message));
        }
    }

    /// <summary>"$.actionItems[2].deadline" → "actionItems[2].deadline", the form the rest of the API uses.</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string ReasonOf(JsonException failure)
    {
        var reason = (failure.InnerException?.Message ?? failure.Message).Split(" Path:")[0];
        return reason.Contains("could not be converted to", StringComparison.Ordinal)
            ? "The value has the wrong type, or is not one of the allowed values."
            : reason;
    }

    private static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large", detail: detail);

    public static ValidationProblem Invalid(string field, string reason) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] }, title: "The request is not valid");

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request is not valid");
}
