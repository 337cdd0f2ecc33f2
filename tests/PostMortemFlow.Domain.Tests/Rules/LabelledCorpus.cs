namespace PostMortemFlow.Domain.Tests.Rules;

/// <summary>A fixture of "label&lt;TAB&gt;text" rows; "# key: a, b" comment lines carry header values.</summary>
internal sealed record LabelledCorpus(IReadOnlyDictionary<string, string[]> Headers, IReadOnlyList<(string Label, string Text)> Rows)
{
    public static LabelledCorpus Read(string fileName)
    {
        var headers = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var rows = new List<(string, string)>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", fileName)))
        {
            if (line.StartsWith('#'))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var key = colon > 0 ? line[1..colon].Trim() : "";
                if (key.Length > 0 && !key.Contains(' ', StringComparison.Ordinal))
                {
                    headers[key] = line[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                }
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                rows.Add((line[..tab], line[(tab + 1)..]));
            }
        }
        return new LabelledCorpus(headers, rows);
    }

    public string[] Header(string key) => Headers.TryGetValue(key, out var values) ? values : [];
}
