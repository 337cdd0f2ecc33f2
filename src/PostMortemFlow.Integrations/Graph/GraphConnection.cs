using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace PostMortemFlow.Integrations.Graph;

/// <summary>
/// One <see cref="GraphServiceClient"/> for the process, on an <see cref="HttpClient"/> from
/// <see cref="GraphClientFactory"/> so throttled and unavailable calls are retried after <c>Retry-After</c>.
/// Thread-safe; shared by the mail, SharePoint and calendar clients.
/// </summary>
public sealed class GraphConnection : IDisposable
{
    private readonly HttpClient _http;

    public GraphConnection(IOptions<GraphClientOptions> options, TokenCredential credential)
    {
        Options = options.Value;
        var retry = new RetryHandlerOption { MaxRetry = Options.MaxRetries };
        var handlers = GraphClientFactory.CreateDefaultHandlers()
            .Select(h => h is RetryHandler ? new RetryHandler(retry) : h)
            .ToList();
        _http = GraphClientFactory.Create(handlers);
        // Tokens go to the configured Graph host only (not to pre-authenticated upload URLs or any other host).
        var authentication = new AzureIdentityAuthenticationProvider(credential, [new Uri(Options.BaseUrl).Host], null, true, Options.Scope);
        Client = new GraphServiceClient(_http, authentication, Options.BaseUrl);
    }

    public GraphClientOptions Options { get; }

    public GraphServiceClient Client { get; }

    /// <summary>The mailbox e-mails come from and events are organised by.</summary>
    public string Sender => Options.SenderMailbox ?? throw new InvalidOperationException("Graph:SenderMailbox is not set.");

    /// <summary>The credential the settings ask for: a secret, a certificate, a managed identity or the default chain.</summary>
    public static TokenCredential CreateCredential(GraphClientOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
        }
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return new ClientCertificateCredential(options.TenantId, options.ClientId, options.CertificatePath);
        }
        if (options.UseDefaultCredential)
        {
            return new DefaultAzureCredential();
        }
        return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId!));
    }

    public void Dispose()
    {
        Client.Dispose();
        _http.Dispose();
    }
}
