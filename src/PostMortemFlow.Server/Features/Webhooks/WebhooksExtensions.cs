using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Intake;

namespace PostMortemFlow.Server.Features.Webhooks;

public static class WebhooksExtensions
{
    /// <summary>The webhook secrets (validated on start), the intake policy and the start-up check of missing secrets.</summary>
    public static WebApplicationBuilder AddWebhooks(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        services.AddOptions<IntakePolicy>().BindConfiguration(IntakePolicy.Section);
        services.AddSingleton<WebhookAuthenticator>();
        services.AddHostedService<WebhookSecretsCheck>();
        return builder;
    }
}
