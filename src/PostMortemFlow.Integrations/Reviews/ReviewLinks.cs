using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Reviews;

namespace PostMortemFlow.Integrations.Reviews;

/// <summary>Issues and checks the signed links that reviewers receive by e-mail.</summary>
public sealed class ReviewLinks
{
    private readonly ReviewLinkSigner _signer;
    private readonly ReviewLinkOptions _options;
    private readonly TimeProvider _clock;

    public ReviewLinks(IOptions<ReviewLinkOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _signer = new ReviewLinkSigner(LoadKey(_options));
    }

    public Uri UrlFor(string postMortemId, string reviewer, ReviewPurpose purpose)
    {
        var token = _signer.Sign(new ReviewLink(postMortemId, reviewer, purpose, _clock.GetUtcNow() + _options.Lifetime));
        return new Uri($"{_options.PublicBaseUrl.TrimEnd('/')}/review/{token}");
    }

    public (ReviewLinkVerdict Verdict, ReviewLink? Link) Read(string token) => _signer.Read(token, _clock.GetUtcNow());

    public string FormCheck(string token, string shown) => _signer.FormCheck(token, shown);

    public bool IsFormCheck(string token, string shown, string? check) => _signer.IsFormCheck(token, shown, check);

    public (ReviewLinkVerdict Verdict, ReviewLink? Link) Verify(string token, ReviewPurpose purpose) =>
        _signer.Verify(token, purpose, _clock.GetUtcNow());

    private static byte[] LoadKey(ReviewLinkOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            return Convert.FromBase64String(options.SigningKey);
        }
        if (options.GeneratedKeyPath is not { } path)
        {
            throw new OptionsValidationException(ReviewLinkOptions.Section, typeof(ReviewLinkOptions),
                ["Links:SigningKey is required where several nodes or instances run: every one must verify the links any other signed."]);
        }
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(ReviewLinkSigner.MinimumKeyBytes);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return key;
    }
}
