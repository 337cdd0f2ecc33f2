using System.Text.Json.Nodes;

namespace PostMortemFlow.Infra.Tests.Support;

/// <summary>
/// The output of <c>bicep snapshot</c>: every resource the deployment would create, nested modules expanded, with
/// each value evaluated as far as it can be before the deployment runs.
/// </summary>
public sealed class Snapshot(JsonObject root)
{
    public IEnumerable<JsonObject> Resources =>
        root["predictedResources"]!.AsArray().Select(resource => resource!.AsObject());

    public JsonArray Diagnostics => root["diagnostics"]!.AsArray();

    public JsonObject Outputs => root["outputs"]!.AsObject();

    public IEnumerable<JsonObject> OfType(string type) =>
        Resources.Where(resource => Text(resource["type"]) == type);

    public JsonObject Single(string type) => Assert.Single(OfType(type));

    public JsonObject Named(string type, string name) =>
        Assert.Single(OfType(type), resource => Text(resource["name"]) == name);

    public static string Text(JsonNode? node) =>
        node?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException("Expected a string, found nothing.");

    public static string Id(JsonObject resource) => Text(resource["id"]);

    public static string Name(JsonObject resource) => Text(resource["name"]);

    public static JsonObject Properties(JsonObject resource) => resource["properties"]!.AsObject();

    /// <summary>The site's app settings, as the snapshot has them (unevaluated expressions included).</summary>
    public IReadOnlyDictionary<string, string> AppSettings
    {
        get
        {
            var settings = Assert.Single(
                OfType("Microsoft.Web/sites/config"),
                resource => Name(resource).EndsWith("/appsettings", StringComparison.Ordinal));
            return Properties(settings).ToDictionary(pair => pair.Key, pair => Text(pair.Value), StringComparer.Ordinal);
        }
    }
}
