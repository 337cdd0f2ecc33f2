using System.Net;

namespace PostMortemFlow.Integrations.Collection;

/// <summary>
/// Sends a request with retries and exponential back-off on connection errors, 408, 429 and 5xx, honouring
/// Retry-After. Kept small on purpose: collectors also run under an overall timeout, so a stuck source ends as a gap.
/// </summary>
public static class RetryingSender
{
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, Func<HttpRequestMessage> request, CollectorOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var delay = options.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage? response = null;
            Exception? failure = null;
            try
            {
                response = await http.SendAsync(request(), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                if (response.IsSuccessStatusCode || !Retryable(response.StatusCode))
                {
                    return response;
                }
            }
            catch (HttpRequestException e)
            {
                failure = e;
            }
            if (attempt >= Math.Max(1, options.MaxAttempts))
            {
                return response ?? throw new EvidenceRequestException(0, $"{failure!.Message} (after {attempt} attempts)", inner: failure);
            }
            var wait = RetryAfter(response, clock) ?? delay;
            response?.Dispose();
            await Task.Delay(wait > options.MaxRetryDelay ? options.MaxRetryDelay : wait, clock, cancellationToken);
            delay *= 2;
        }
    }

    /// <summary>Throws <see cref="EvidenceRequestException"/> with the body's first 500 characters when the response is not a success.</summary>
    public static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var status = (int)response.StatusCode;
        response.Dispose();
        throw new EvidenceRequestException(status, $"HTTP {status}: {(body.Length > 500 ? body[..500] : body)}");
    }

    /// <summary>Sets Accept exactly as given (some APIs compare it verbatim).</summary>
    public static HttpRequestMessage WithAccept(this HttpRequestMessage request, string accept)
    {
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    private static bool Retryable(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider clock)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }
        return header?.Date is { } date ? date - clock.GetUtcNow() : null;
    }
}
