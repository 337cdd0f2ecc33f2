using System.Text.Json;
using System.Text.Json.Serialization;

namespace PostMortemFlow.Server.Tests.Ui;

public static class UiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
