namespace PostMortemFlow.Domain.Text;

/// <summary>Enum values as people and query strings write them: by name, in any case; "3" or "-1" would parse but mean nothing to a reader.</summary>
public static class EnumNames
{
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        var trimmed = text?.Trim();
        return !string.IsNullOrEmpty(trimmed) && !char.IsDigit(trimmed[0]) && trimmed[0] is not ('-' or '+')
            && Enum.TryParse(trimmed, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    /// <summary>"one of A, B, C", for the message that refuses another value.</summary>
    public static string OneOf<TEnum>() where TEnum : struct, Enum => $"one of {string.Join(", ", Enum.GetNames<TEnum>())}";
}
