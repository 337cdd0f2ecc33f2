using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PostMortemFlow.Api.Http;

/// <summary>The API's JSON rules, and reading a body so that every way it can be wrong becomes a problem naming the field.</summary>
public static class ApiJson
{
    /// <summary>The largest JSON body accepted; the web server enforces the same limit on chunked bodies.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>Enums by name, times only with their zone and kept as UTC, a bounded depth, no null where none fits.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new UtcDateTimeOffsetConverter());
        options.MaxDepth = 32;
        // A null where the model has no room for one ("analysis": null) is the client's mistake, named as such, not a
        // failure further in.
        options.RespectNullableAnnotations = true;
    }

    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpContext context) where T : class
    {
        if (!context.Request.HasJsonContentType())
        {
            return (null, Problems.NotJson());
        }
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return (null, Problems.TooLarge($"The body may be at most {MaxBodyBytes} bytes."));
        }
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, options, context.RequestAborted);
            if (value is null)
            {
                return (null, Problems.Invalid("$", "A JSON object is required."));
            }
            return NullElements.Find(value) is { } field ? (null, Problems.Invalid(field, "A list cannot hold null.")) : (value, null);
        }
        catch (JsonException failure)
        {
            return (null, Problems.Invalid(FieldOf(failure.Path), ReasonOf(failure)));
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.TooLarge(tooLarge.Message));
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
}
