using System.Collections;
using System.Globalization;
using System.Reflection;

namespace PostMortemFlow.Api.Http;

/// <summary>
/// Finds a null inside a list of a request body (<c>"actionItems": [null]</c>), which the serializer's nullable
/// annotations do not cover: the first one's path, in the API's field form, or null when there is none.
/// </summary>
public static class NullElements
{
    public static string? Find(object value) => Find(value, "", 0);

    private static string? Find(object? value, string path, int depth)
    {
        if (value is null || depth > 32 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !IsOurs(value.GetType()) && value is not IEnumerable)
        {
            return null;
        }
        if (value is IEnumerable items and not IDictionary)
        {
            var index = 0;
            foreach (var item in items)
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]");
                if (item is null)
                {
                    return at;
                }
                if (Find(item, at, depth + 1) is { } inner)
                {
                    return inner;
                }
            }
            return null;
        }
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.CanWrite))
        {
            var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            if (Find(property.GetValue(value), path.Length == 0 ? name : $"{path}.{name}", depth + 1) is { } inner)
            {
                return inner;
            }
        }
        return null;
    }

    private static bool IsOurs(Type type) => type.Namespace?.StartsWith("PostMortemFlow", StringComparison.Ordinal) == true;
}
