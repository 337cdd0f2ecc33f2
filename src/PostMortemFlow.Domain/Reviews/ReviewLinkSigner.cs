using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PostMortemFlow.Domain.Reviews;

/// <summary>
/// Signs and verifies review-link tokens: base64url("id|reviewer|purpose|expiry") + "." + base64url(HMAC-SHA256).
/// Pure: the key and the current time are given.
/// </summary>
public sealed class ReviewLinkSigner
{
    public const int MinimumKeyBytes = 32;

    private readonly byte[] _key;

    public ReviewLinkSigner(byte[] key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"The signing key needs at least {MinimumKeyBytes} bytes.", nameof(key));
        }
        _key = key.ToArray();
    }

    public string Sign(ReviewLink link)
    {
        if (link.PostMortemId.Contains('|', StringComparison.Ordinal) || link.Reviewer.Contains('|', StringComparison.Ordinal))
        {
            throw new ArgumentException("Ids and reviewers cannot contain '|'.", nameof(link));
        }
        var payload = Encoding.UTF8.GetBytes(string.Join('|', link.PostMortemId, link.Reviewer, link.Purpose.ToString(),
            link.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload))}";
    }

    /// <summary>
    /// The check a review form carries: bound to the link and to what the page showed for review (see
    /// <see cref="ReviewedPart.Fingerprint"/>), so a post from elsewhere (without the key), or from a page whose part
    /// someone else has changed since, is refused.
    /// </summary>
    public string FormCheck(string token, string shown) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"form|{token}|{shown}")));

    public bool IsFormCheck(string token, string shown, string? check) =>
        check is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(FormCheck(token, shown)), Encoding.UTF8.GetBytes(check));

    /// <summary>Checks the signature first, then the expiry, then the purpose; only a valid token yields its link.</summary>
    public (ReviewLinkVerdict Verdict, ReviewLink? Link) Verify(string token, ReviewPurpose expected, DateTimeOffset now)
    {
        var (verdict, link) = Read(token, now);
        if (verdict != ReviewLinkVerdict.Valid)
        {
            return (verdict, null);
        }
        return link!.Purpose == expected ? (ReviewLinkVerdict.Valid, link) : (ReviewLinkVerdict.WrongPurpose, null);
    }

    /// <summary>Verifies signature and expiry, whatever the purpose (for a landing page that routes by purpose).</summary>
    public (ReviewLinkVerdict Verdict, ReviewLink? Link) Read(string token, DateTimeOffset now)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !TryDecode(token[..dot], out var payload) || !TryDecode(token[(dot + 1)..], out var signature)
            || !CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_key, payload), signature))
        {
            return (ReviewLinkVerdict.Tampered, null);
        }
        var parts = Encoding.UTF8.GetString(payload).Split('|');
        if (parts.Length != 4 || !Enum.TryParse<ReviewPurpose>(parts[2], out var purpose)
            || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry))
        {
            return (ReviewLinkVerdict.Tampered, null);
        }
        var link = new ReviewLink(parts[0], parts[1], purpose, DateTimeOffset.FromUnixTimeSeconds(expiry));
        return now >= link.ExpiresAt ? (ReviewLinkVerdict.Expired, null) : (ReviewLinkVerdict.Valid, link);
    }

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (!Base64Url.IsValid(text))
        {
            return false;
        }
        bytes = Base64Url.DecodeFromChars(text);
        return true;
    }
}
