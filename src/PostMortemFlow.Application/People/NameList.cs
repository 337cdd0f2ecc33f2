namespace PostMortemFlow.Application.People;

/// <summary>Names as a form field gives them: separated by commas, semicolons or new lines, in one value or several.</summary>
public static class NameList
{
    public static List<string> Of(params IEnumerable<string?> values) =>
        [.. values.SelectMany(v => (v ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
