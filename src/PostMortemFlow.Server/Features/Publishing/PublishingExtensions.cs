using Azure.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.GitHub;
using PostMortemFlow.Integrations.Graph;
using PostMortemFlow.Server.Features.Reviews;

namespace PostMortemFlow.Server.Features.Publishing;

public static class PublishingExtensions
{
    /// <summary>
    /// Chooses the executors for e-mail, reports, the follow-up invite and tickets from configuration, replacing the
    /// embedded defaults registered by <c>AddPostMortems()</c>. Settings are validated on start.
    /// </summary>
    public static WebApplicationBuilder AddPublishing(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var providers = PublishingOptions.From(builder.Configuration);
        services.AddOptions<PublishingOptions>().Configure(o => Copy(providers, o)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PublishingOptions>, PublishingOptionsValidator>();
        services.TryAddSingleton<IReviewLinkIssuer, ReviewLinkIssuer>();

        if (providers.UsesGraph)
        {
            services.AddOptions<GraphClientOptions>().BindConfiguration(GraphClientOptions.Section).ValidateOnStart();
            services.AddSingleton<IValidateOptions<GraphClientOptions>>(new GraphClientOptionsValidator(requireSenderMailbox: providers.SendsFromMailbox));
            services.TryAddSingleton<TokenCredential>(sp => GraphConnection.CreateCredential(sp.GetRequiredService<IOptions<GraphClientOptions>>().Value));
            services.AddSingleton<GraphConnection>();
        }
        if (PublishingOptions.Is(providers.Email, PublishingOptions.Graph))
        {
            services.Replace(ServiceDescriptor.Singleton<IEmailSender, GraphMailClient>());
        }
        if (PublishingOptions.Is(providers.Reports, PublishingOptions.SharePoint))
        {
            services.AddOptions<SharePointClientOptions>().BindConfiguration(SharePointClientOptions.Section).ValidateOnStart();
            services.AddSingleton<IValidateOptions<SharePointClientOptions>, SharePointClientOptionsValidator>();
            services.Replace(ServiceDescriptor.Singleton<IReportPublisher, SharePointReportClient>());
        }
        if (PublishingOptions.Is(providers.Calendar, PublishingOptions.Graph))
        {
            services.Replace(ServiceDescriptor.Singleton<IFollowUpScheduler, GraphCalendarClient>());
        }
        if (PublishingOptions.Is(providers.Tickets, PublishingOptions.GitHub))
        {
            services.AddOptions<GitHubTicketClientOptions>().BindConfiguration(GitHubTicketClientOptions.Section).ValidateOnStart();
            services.AddSingleton<IValidateOptions<GitHubTicketClientOptions>, GitHubTicketClientOptionsValidator>();
            services.AddSingleton<GitHubTicketClient>();
            services.Replace(ServiceDescriptor.Singleton<ITicketTracker>(sp => sp.GetRequiredService<GitHubTicketClient>()));
            services.Replace(ServiceDescriptor.Singleton<ITicketStatusSource>(sp => sp.GetRequiredService<GitHubTicketClient>()));
        }
        if (PublishingOptions.Is(providers.Tickets, PublishingOptions.Planner))
        {
            services.AddOptions<PlannerTicketClientOptions>().BindConfiguration(PlannerTicketClientOptions.Section).ValidateOnStart();
            services.AddSingleton<IValidateOptions<PlannerTicketClientOptions>, PlannerTicketClientOptionsValidator>();
            services.AddSingleton<PlannerTicketClient>();
            services.Replace(ServiceDescriptor.Singleton<ITicketTracker>(sp => sp.GetRequiredService<PlannerTicketClient>()));
            services.Replace(ServiceDescriptor.Singleton<ITicketStatusSource>(sp => sp.GetRequiredService<PlannerTicketClient>()));
        }
        return builder;
    }

    private static void Copy(PublishingOptions from, PublishingOptions to) =>
        (to.Email, to.Reports, to.Calendar, to.Tickets) = (from.Email, from.Reports, from.Calendar, from.Tickets);
}
