namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>The top-level "key: value" fields of YAML front matter; nested values and lists are left out.</summary>
internal static class FrontMatter
{
    public static ImmutableDictionary<string, string> Fields(string yaml)
    {
        var fields = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (var line in yaml.Split('\n'))
        {
            if (line.Length == 0 || char.IsWhiteSpace(line[0]) || line.StartsWith('#') || line.StartsWith('-'))
            {
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }
            var value = line[(colon + 1)..].Trim().Trim('"', '\'');
            fields[line[..colon].Trim().ToLowerInvariant()] = value;
        }
        return fields.ToImmutable();
    }
}
