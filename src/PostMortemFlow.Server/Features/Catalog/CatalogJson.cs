using System.Text.Json;
using System.Text.Json.Serialization;

namespace PostMortemFlow.Server.Features.Catalog;

internal static class CatalogJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
