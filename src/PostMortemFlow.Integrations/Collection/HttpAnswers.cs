namespace PostMortemFlow.Integrations.Collection;

/// <summary>What the collectors do with an outside system's answer.</summary>
public static class HttpAnswers
{
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

    /// <summary>Sends with the response streamed (headers first), so large answers go to the store without being buffered.</summary>
    public static Task<HttpResponseMessage> SendStreamingAsync(this HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken) =>
        http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
}
