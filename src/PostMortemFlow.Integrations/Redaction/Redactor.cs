using System.Buffers;
using System.Text.RegularExpressions;

namespace PostMortemFlow.Integrations.Redaction;

/// <summary>
/// Replaces secrets in text, line by line, and counts them: bearer and basic credentials, JWTs, passwords in URLs and
/// connection strings, AccountKey=, SAS <c>sig=</c>, AWS/GitHub/Slack key shapes, generic <c>api_key=</c>-style pairs
/// and PEM private-key blocks (which span lines, so one instance keeps state and serves one stream).
/// </summary>
public sealed partial class Redactor
{
    public const string Mask = "[REDACTED]";

    private bool _inPrivateKey;

    /// <summary>How many secrets were replaced so far.</summary>
    public long Count { get; private set; }

    /// <summary>Inside a multi-line private key: every line must go through <see cref="RedactLine"/>.</summary>
    public bool InPrivateKey => _inPrivateKey;

    /// <summary>Where the first secret-like text starts, or -1: text before it needs no redaction.</summary>
    public static int FirstHint(ReadOnlySpan<char> text) => text.IndexOfAny(AnyHint);

    /// <summary>Cheap pre-check (one vectorized scan): false means <see cref="RedactLine"/> would return the line unchanged.</summary>
    public bool MayContainSecret(ReadOnlySpan<char> line) => _inPrivateKey || line.IndexOfAny(AnyHint) >= 0;

    public string RedactLine(string line)
    {
        if (!MayContainSecret(line))
        {
            return line;
        }
        if (_inPrivateKey)
        {
            var end = PemEnd().Match(line);
            if (!end.Success)
            {
                return "";
            }
            _inPrivateKey = false;
            line = line[(end.Index + end.Length)..];
        }
        if (line.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            line = PemInline().Replace(line, _ => Counted(Mask));
            var begin = PemBegin().Match(line);
            if (begin.Success)
            {
                _inPrivateKey = true;
                Count++;
                return line[..begin.Index] + Mask;
            }
        }
        foreach (var rule in Rules)
        {
            if (line.AsSpan().IndexOfAny(rule.Hints) >= 0)
            {
                line = rule.Pattern.Replace(line, m => Replace(m, rule.KeepGroup));
            }
        }
        return line;
    }

    private string Replace(Match match, int keepGroup)
    {
        var secret = keepGroup > 0 ? match.Value[(match.Groups[keepGroup].Index + match.Groups[keepGroup].Length - match.Index)..] : match.Value;
        if (secret.StartsWith(Mask, StringComparison.Ordinal) || secret.Length == 0)
        {
            return match.Value;
        }
        return Counted(keepGroup > 0 ? match.Groups[keepGroup].Value + Mask : Mask);
    }

    private string Counted(string replacement)
    {
        Count++;
        return replacement;
    }

    private sealed record Rule(SearchValues<string> Hints, Regex Pattern, int KeepGroup)
    {
        public Rule(string[] hints, Regex pattern, int keepGroup) : this(SearchValues.Create(hints, StringComparison.OrdinalIgnoreCase), pattern, keepGroup)
        {
        }
    }

    // Hints are cheap substring checks that keep the regular expressions off ordinary lines.
    private static readonly Rule[] Rules =
    [
        new(["eyJ"], Jwt(), 0),
        new(["bearer"], Bearer(), 1),
        new(["basic"], Basic(), 1),
        new(["://"], UrlPassword(), 1),
        new(["password", "pwd", "passwd", "key", "secret"], ConnectionStringSecret(), 1),
        new(["sig="], SasSignature(), 1),
        new(["AKIA", "ASIA"], AwsAccessKey(), 0),
        new(["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"], GitHubToken(), 0),
        new(["xox"], SlackToken(), 0),
        new(["key", "token", "secret", "password"], GenericKey(), 1),
    ];

    private static readonly SearchValues<string> AnyHint = SearchValues.Create(
        ["eyJ", "bearer", "basic", "://", "password", "pwd", "passwd", "key", "secret", "sig=", "AKIA", "ASIA",
         "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "xox", "token", "PRIVATE KEY-----"],
        StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----.*?-----END [A-Z0-9 ]*PRIVATE KEY-----")]
    private static partial Regex PemInline();

    [GeneratedRegex(@"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----")]
    private static partial Regex PemBegin();

    [GeneratedRegex(@"-----END [A-Z0-9 ]*PRIVATE KEY-----")]
    private static partial Regex PemEnd();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"(\bbearer\s+)[A-Za-z0-9\-._~+/]+=*", RegexOptions.IgnoreCase)]
    private static partial Regex Bearer();

    [GeneratedRegex(@"(\bbasic\s+)[A-Za-z0-9+/]{8,}=*", RegexOptions.IgnoreCase)]
    private static partial Regex Basic();

    [GeneratedRegex(@"(://[^/\s:@""']+:)[^@\s/""']+(?=@)")]
    private static partial Regex UrlPassword();

    [GeneratedRegex(@"(\b(?:password|pwd|passwd|accountkey|sharedaccesskey|client_secret|clientsecret)\s*=\s*)[^;\s""'&]+", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringSecret();

    [GeneratedRegex(@"([?&;]sig=)[^&\s""';]+", RegexOptions.IgnoreCase)]
    private static partial Regex SasSignature();

    [GeneratedRegex(@"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")]
    private static partial Regex AwsAccessKey();

    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,})")]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\bxox[abposr]-[A-Za-z0-9-]{10,}")]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"(\b(?:api[_-]?key|apikey|access[_-]?token|auth[_-]?token|refresh[_-]?token|secret[_-]?key|client[_-]?secret|aws_secret_access_key|private[_-]?token|token|secret|password)[""']?\s*[:=]\s*[""']?)[^\s""'&,;}]+", RegexOptions.IgnoreCase)]
    private static partial Regex GenericKey();
}
