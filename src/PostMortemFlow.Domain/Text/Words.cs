using System.Text;

namespace PostMortemFlow.Domain.Text;

/// <summary>What people read for a value the code names in PascalCase: <c>ChangeManagement</c> is "Change management".</summary>
public static class Words
{
    private static readonly Dictionary<string, string> Spoken = new(StringComparer.Ordinal)
    {
        ["WontDo"] = "Won't do",
        ["Sev0"] = "Sev0", ["Sev1"] = "Sev1", ["Sev2"] = "Sev2", ["Sev3"] = "Sev3", ["Sev4"] = "Sev4",
    };

    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Of(value.ToString());

    public static string Of(string name)
    {
        if (Spoken.TryGetValue(name, out var spoken))
        {
            return spoken;
        }
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                text.Append(' ');
                // An acronym such as "API" keeps its capitals; a word becomes lower case.
                text.Append(i + 1 < name.Length && char.IsUpper(name[i + 1]) ? c : char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }
}
