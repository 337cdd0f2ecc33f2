using Microsoft.Extensions.DependencyInjection.Extensions;
using PostMortemFlow.Api.Http;
using PostMortemFlow.Api.Webhooks;

namespace PostMortemFlow.Api.Hosting;

public static class ApiServiceCollectionExtensions
{
    /// <summary>What the HTTP surface needs in either host: problem details, the API's JSON rules, the clock and the webhooks' settings.</summary>
    public static IServiceCollection AddPostMortemApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.TryAddSingleton(TimeProvider.System);
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        services.AddWebhooks();
        return services;
    }
}
