using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Microsoft.Extensions.AI;
using OpenAI;
using PostMortemFlow.Integrations.Identity;

namespace PostMortemFlow.Integrations.Drafting;

/// <summary>
/// The chat client of <c>Drafting:Provider</c>, through Microsoft.Extensions.AI. Its requests go through the given
/// HTTP client, so time-outs and retries are the shared resilience pipeline's, not the SDK's own.
/// </summary>
public static class DraftingChatClient
{
    public static IChatClient? Create(DraftingOptions options, HttpClient http, AzureCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(options);
        var transport = new HttpClientPipelineTransport(http);
        var noRetries = new ClientRetryPolicy(0);
        return options.Provider switch
        {
            DraftingProvider.AzureOpenAI => (options.ApiKey is { Length: > 0 } key
                    ? new AzureOpenAIClient(options.Endpoint!, new ApiKeyCredential(key), new AzureOpenAIClientOptions { Transport = transport, RetryPolicy = noRetries })
                    : new AzureOpenAIClient(options.Endpoint!, credentials.Azure, new AzureOpenAIClientOptions { Transport = transport, RetryPolicy = noRetries }))
                .GetChatClient(options.Model).AsIChatClient(),
            DraftingProvider.OpenAICompatible => new OpenAIClient(new ApiKeyCredential(options.ApiKey is { Length: > 0 } apiKey ? apiKey : "none"),
                    new OpenAIClientOptions { Endpoint = options.Endpoint, Transport = transport, RetryPolicy = noRetries })
                .GetChatClient(options.Model).AsIChatClient(),
            _ => null,
        };
    }
}
