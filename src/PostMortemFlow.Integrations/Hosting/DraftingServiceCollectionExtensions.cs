using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Collection;
using PostMortemFlow.Integrations.Drafting;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.Graph;
using PostMortemFlow.Integrations.Identity;
using PostMortemFlow.Integrations.Telemetry;

namespace PostMortemFlow.Integrations.Hosting;

public static class DraftingServiceCollectionExtensions
{
    public const string HttpClientName = "drafting";

    /// <summary>
    /// The suggestions' model from <c>Drafting:*</c> (bound with the workflow settings): off, with no client, unless a
    /// provider is set; and the people directory actors are looked up in, none unless one is chosen.
    /// </summary>
    public static IServiceCollection AddDrafting(this IServiceCollection services)
    {
        services.AddWorkflowSettings();
        services.AddAzureCredentials();
        services.TryAddSingleton<GraphConnection>();
        services.AddHttpClient(HttpClientName).AddCollectorResilience<DraftingOptions>();
        services.TryAddSingleton<ISuggestionDrafter>(sp =>
            DraftingChatClient.Create(sp.GetRequiredService<IOptions<DraftingOptions>>().Value,
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), sp.GetRequiredService<AzureCredentials>()) is { } chat
                ? new SuggestionDrafter(chat, sp.GetRequiredService<IArtifactStore>(), sp.GetRequiredService<IOptions<DraftingOptions>>(),
                    sp.GetRequiredService<PostMortemMetrics>(), sp.GetRequiredService<ILogger<SuggestionDrafter>>())
                : new NoSuggestions());
        services.TryAddSingleton<IPeopleDirectory>(sp => sp.GetRequiredService<IOptions<DraftingOptions>>().Value.PeopleDirectory switch
        {
            PeopleDirectory.Graph => ActivatorUtilities.CreateInstance<GraphPeopleDirectory>(sp),
            _ => new NoPeopleDirectory(),
        });
        return services;
    }
}
