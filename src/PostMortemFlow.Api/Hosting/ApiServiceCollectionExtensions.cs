using Microsoft.Extensions.DependencyInjection.Extensions;
using PostMortemFlow.Api.Http;
using PostMortemFlow.Api.Insights;
using PostMortemFlow.Api.Library;
using PostMortemFlow.Api.Webhooks;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.Imports;

namespace PostMortemFlow.Api.Hosting;

public static class ApiServiceCollectionExtensions
{
    /// <summary>What the HTTP surface needs in either host: problem details, the API's JSON rules, the clock, the webhooks' settings, and the list's facts for the effects that read across post-mortems.</summary>
    public static IServiceCollection AddPostMortemApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.TryAddSingleton(TimeProvider.System);
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        services.AddWebhooks();
        services.AddOptions<LibraryImportOptions>().BindConfiguration(LibraryImportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<LibraryImports>();
        // Whichever is called first, the API's list wins over the integrations' empty default.
        services.Replace(ServiceDescriptor.Singleton<IPostMortemFactsSource, CatalogFactsSource>());
        return services;
    }
}
