using System.Globalization;
using System.Text;

namespace PostMortemFlow.Infra.Tests.Support;

/// <summary>
/// Evaluates the ARM template expressions a snapshot leaves in place when they only combine literals with
/// <c>format()</c> and <c>environment().suffixes</c> (taken as the public Azure cloud). Anything that depends on the
/// deployment itself (<c>reference()</c>, <c>listKeys()</c>, parameters) is left unresolved.
/// </summary>
public static class ArmExpression
{
    private static readonly Dictionary<string, string> PublicCloudSuffixes = new(StringComparer.Ordinal)
    {
        ["storage"] = "core.windows.net",
        ["keyvaultDns"] = ".vault.azure.net",
    };

    /// <summary>The value with its expression evaluated, the value itself when it is a literal, or null.</summary>
    public static string? Resolve(string value)
    {
        if (!value.StartsWith('[') || !value.EndsWith(']'))
        {
            return value;
        }
        if (value.StartsWith("[[", StringComparison.Ordinal))
        {
            return value[1..];
        }
        var parser = new Parser(value[1..^1]);
        return parser.TryParse(out var result) ? result : null;
    }

    /// <summary>The value with its expression evaluated; fails the test when it cannot be.</summary>
    public static string Literal(string value) =>
        Resolve(value) ?? throw new Xunit.Sdk.XunitException($"'{value}' depends on the deployment and has no literal value.");

    private sealed class Parser(string text)
    {
        private int position;

        public bool TryParse(out string? result)
        {
            result = Expression();
            SkipSpaces();
            return result is not null && position == text.Length;
        }

        private string? Expression()
        {
            SkipSpaces();
            if (position >= text.Length)
            {
                return null;
            }
            if (text[position] == '\'')
            {
                return StringLiteral();
            }
            if (char.IsDigit(text[position]))
            {
                var start = position;
                while (position < text.Length && char.IsDigit(text[position]))
                {
                    position++;
                }
                return text[start..position];
            }
            var name = Identifier();
            return name switch
            {
                "format" => Format(),
                "environment" => EnvironmentSuffix(),
                _ => null,
            };
        }

        private string? Format()
        {
            if (!Expect('('))
            {
                return null;
            }
            var arguments = new List<string>();
            do
            {
                var argument = Expression();
                if (argument is null)
                {
                    return null;
                }
                arguments.Add(argument);
                SkipSpaces();
            }
            while (Accept(','));
            if (!Expect(')') || arguments.Count == 0)
            {
                return null;
            }
            return string.Format(CultureInfo.InvariantCulture, arguments[0], arguments.Skip(1).ToArray<object>());
        }

        private string? EnvironmentSuffix()
        {
            if (!Expect('(') || !Expect(')') || !Expect('.') || Identifier() != "suffixes" || !Expect('.'))
            {
                return null;
            }
            return PublicCloudSuffixes.GetValueOrDefault(Identifier());
        }

        private string StringLiteral()
        {
            var value = new StringBuilder();
            position++;
            while (position < text.Length)
            {
                if (text[position] == '\'')
                {
                    if (position + 1 < text.Length && text[position + 1] == '\'')
                    {
                        value.Append('\'');
                        position += 2;
                        continue;
                    }
                    position++;
                    return value.ToString();
                }
                value.Append(text[position++]);
            }
            throw new FormatException($"Unterminated string in '{text}'.");
        }

        private string Identifier()
        {
            SkipSpaces();
            var start = position;
            while (position < text.Length && char.IsLetterOrDigit(text[position]))
            {
                position++;
            }
            return text[start..position];
        }

        private bool Expect(char expected)
        {
            SkipSpaces();
            return Accept(expected);
        }

        private bool Accept(char expected)
        {
            if (position < text.Length && text[position] == expected)
            {
                position++;
                return true;
            }
            return false;
        }

        private void SkipSpaces()
        {
            while (position < text.Length && text[position] == ' ')
            {
                position++;
            }
        }
    }
}
