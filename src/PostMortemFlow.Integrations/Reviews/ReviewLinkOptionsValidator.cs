using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Reviews;

namespace PostMortemFlow.Integrations.Reviews;

public sealed class ReviewLinkOptionsValidator : IValidateOptions<ReviewLinkOptions>
{
    public ValidateOptionsResult Validate(string? name, ReviewLinkOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            var bytes = new byte[options.SigningKey.Length];
            if (!Convert.TryFromBase64String(options.SigningKey, bytes, out var length) || length < ReviewLinkSigner.MinimumKeyBytes)
            {
                failures.Add($"Links:SigningKey must be base64 of at least {ReviewLinkSigner.MinimumKeyBytes} bytes.");
            }
        }
        else if (options.GeneratedKeyPath is null)
        {
            failures.Add("Links:SigningKey is required where several nodes or instances run: every one must verify the links any other signed.");
        }
        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out _))
        {
            failures.Add("Links:PublicBaseUrl must be an absolute URL.");
        }
        if (options.Lifetime <= TimeSpan.Zero)
        {
            failures.Add("Links:Lifetime must be positive.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
