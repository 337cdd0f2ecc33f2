using Azure.Core;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace PostMortemFlow.Integrations.Graph;

/// <summary>
/// The one way this app builds a <see cref="GraphServiceClient"/>: on Graph's own handler chain (retry after
/// <c>Retry-After</c>, redirects, compression) and with tokens sent to the Graph host of <paramref name="baseUrl"/> only —
/// never to a pre-authenticated upload URL, a foreign <c>@odata.nextLink</c> or any other host.
/// </summary>
public sealed class GraphClients : IDisposable
{
    private readonly HttpClient _http;

    public GraphClients(string baseUrl, TokenCredential credential, int maxRetries)
    {
        var retry = new RetryHandlerOption { MaxRetry = maxRetries };
        var handlers = GraphClientFactory.CreateDefaultHandlers()
            .Select(h => h is RetryHandler ? new RetryHandler(retry) : h)
            .ToList();
        _http = GraphClientFactory.Create(handlers);
        var host = new Uri(baseUrl);
        var authentication = new AzureIdentityAuthenticationProvider(credential, [host.Host], null, true, ScopeOf(host));
        Client = new GraphServiceClient(_http, authentication, baseUrl);
    }

    public GraphServiceClient Client { get; }

    /// <summary>The token scope follows the host: <c>https://graph.microsoft.com/.default</c>, a national cloud's, or a test server's.</summary>
    public static string ScopeOf(Uri baseUrl) => $"{baseUrl.GetLeftPart(UriPartial.Authority)}/.default";

    public void Dispose()
    {
        Client.Dispose();
        _http.Dispose();
    }
}
