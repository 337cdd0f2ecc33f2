using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Api.Hosting;
using PostMortemFlow.Integrations.Hosting;

namespace PostMortemFlow.Functions.Hosting;

public static class FunctionsServiceCollectionExtensions
{
    /// <summary>What the Functions app composes: the same integrations and HTTP surface as the server, on Durable Functions.</summary>
    public static IServiceCollection AddPostMortemFlowFunctions(this IServiceCollection services)
    {
        services.AddPostMortemIntegrations();
        services.AddPostMortemApi();
        return services;
    }
}
