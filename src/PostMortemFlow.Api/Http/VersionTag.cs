using System.Globalization;

namespace PostMortemFlow.Api.Http;

/// <summary>A post-mortem's version as an HTTP entity tag: <c>"12"</c>; a weak <c>W/"12"</c> or a bare <c>12</c> is read too.</summary>
public static class VersionTag
{
    public static string Of(long version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    public static bool TryRead(string tag, out long version)
    {
        var text = tag.Trim();
        if (text.StartsWith("W/", StringComparison.Ordinal))
        {
            text = text[2..];
        }
        return long.TryParse(text.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }
}
