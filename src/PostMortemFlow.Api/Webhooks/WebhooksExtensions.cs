using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Intake;

namespace PostMortemFlow.Api.Webhooks;

public static class WebhooksExtensions
{
    /// <summary>The webhook secrets (validated on start), the intake policy and the start-up check of missing secrets.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>());
        services.AddOptions<IntakePolicy>().BindConfiguration(IntakePolicy.Section);
        services.TryAddSingleton<WebhookAuthenticator>();
        services.AddHostedService<WebhookSecretsCheck>();
        return services;
    }
}
