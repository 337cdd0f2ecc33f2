using PostMortemFlow.Api.Http;
using PostMortemFlow.Api.Webhooks;

namespace PostMortemFlow.Api.Hosting;

public static class ApiServiceCollectionExtensions
{
    /// <summary>What the HTTP surface needs in either host: problem details, the API's JSON rules and the webhooks' settings.</summary>
    public static IServiceCollection AddPostMortemApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        services.AddWebhooks();
        return services;
    }
}
