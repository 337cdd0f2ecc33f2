using System.Globalization;
using System.Text.Json.Nodes;

namespace PostMortemFlow.Functions.Worker;

/// <summary>The Durable Task settings of the app's own <c>host.json</c>, copied next to the worker, read as the Functions host reads them.</summary>
public static class HostJson
{
    private static readonly Lazy<JsonNode> Document = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json"))) ?? throw new InvalidDataException("host.json is empty"));

    /// <summary>A time span of <c>extensions.durableTask.storageProvider</c>; one that is missing stops the worker.</summary>
    public static TimeSpan StorageProviderTime(string name)
    {
        var value = Document.Value["extensions"]?["durableTask"]?["storageProvider"]?[name]?.GetValue<string>()
            ?? throw new InvalidDataException($"host.json sets no extensions.durableTask.storageProvider.{name}");
        return TimeSpan.Parse(value, CultureInfo.InvariantCulture);
    }
}
