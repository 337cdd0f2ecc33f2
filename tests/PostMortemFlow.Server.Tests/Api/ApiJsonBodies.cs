using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Server.Tests.TestData;

namespace PostMortemFlow.Server.Tests.Api;

/// <summary>Request bodies as a client would write them.</summary>
public static class ApiJsonBodies
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static object Declaration(DateTimeOffset end, string title = "API degradation") => new
    {
        title,
        severity = "Sev1",
        services = new[] { "orders-api" },
        startedAt = end.AddMinutes(-30).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        endedAt = end.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        authors = new[] { "ana@example.com" },
        reviewers = new[] { "rui@example.com" },
        sponsor = "vp@example.com",
    };

    /// <summary>A declaration body restricted to its people and the named people and groups.</summary>
    public static Dictionary<string, object> Restricted(object declaration, string[] people, params string[] groups)
    {
        var body = JsonSerializer.SerializeToElement(declaration, Options).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
        body["restriction"] = new { people, groups };
        return body;
    }

    public static object Timeline(PostMortem postMortem) => new { entries = postMortem.Timeline, by = "rui@example.com" };

    public static JsonContent Json(object body) => JsonContent.Create(body, options: Options);
}
