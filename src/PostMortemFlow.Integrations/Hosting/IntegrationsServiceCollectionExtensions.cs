using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Drafting;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.GitHub;
using PostMortemFlow.Integrations.Graph;
using PostMortemFlow.Integrations.Identity;
using PostMortemFlow.Integrations.LocalOutbox;
using PostMortemFlow.Integrations.Reviews;
using PostMortemFlow.Integrations.Settings;
using PostMortemFlow.Integrations.Telemetry;

namespace PostMortemFlow.Integrations.Hosting;

/// <summary>
/// How a host composes the integrations: one call, the same for the server and the Functions app. Every setting is
/// bound from its section and validated on start; which implementation serves a kind of effect is read from the
/// settings when it is first resolved, so nothing depends on the order of registration.
/// </summary>
public static class IntegrationsServiceCollectionExtensions
{
    /// <summary>
    /// The workflow's settings, the effects' executors (<see cref="AddPublishing"/>), the evidence (<see cref="AddEvidence"/>),
    /// the workflow's instruments (<see cref="PostMortemMetrics"/>) and the dispatcher that runs an outbox entry.
    /// </summary>
    public static IServiceCollection AddPostMortemIntegrations(this IServiceCollection services)
    {
        services.AddWorkflowSettings();
        services.AddReviewLinks();
        services.AddPublishing();
        services.AddEvidence();
        services.AddDrafting();
        services.AddMetrics();
        services.TryAddSingleton<PostMortemMetrics>();
        services.TryAddSingleton<IEffectDispatcher, EffectDispatcher>();
        services.TryAddSingleton<IPostMortemFactsSource, NoPostMortemFacts>();
        return services;
    }

    /// <summary><c>Workflow:*</c> (timers, retries) and <c>Storage:*</c>, and the clock.</summary>
    public static IServiceCollection AddWorkflowSettings(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        services.AddOptions<WorkflowOptions>().BindConfiguration(WorkflowOptions.Section)
            // Replaced, not bound into: this registration runs once per composing call, and binding appends to lists.
            .Configure<IConfiguration>((o, configuration) => o.Audiences = new(
                configuration.GetSection(WorkflowOptions.AudiencesSection).Get<Dictionary<string, List<string>>>() ?? [], StringComparer.OrdinalIgnoreCase))
            .Configure<IConfiguration>((o, configuration) => o.LintSeverities = configuration.GetSection(WorkflowOptions.LintRulesSection)
                .GetChildren()
                .Where(rule => rule["Severity"] is not null)
                .ToDictionary(rule => rule.Key, rule => rule["Severity"]!, StringComparer.OrdinalIgnoreCase))
            .Configure<IOptions<DraftingOptions>>((o, drafting) => o.Drafting = drafting.Value.ToSettings())
            .ValidateOnStart();
        services.AddOptions<DraftingOptions>().BindConfiguration(DraftingOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DraftingOptions>, DraftingOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkflowOptions>, WorkflowOptionsValidator>());
        return services;
    }

    /// <summary><c>Links:*</c>: the signed review links in e-mails, issued and checked with one key.</summary>
    public static IServiceCollection AddReviewLinks(this IServiceCollection services)
    {
        services.AddOptions<ReviewLinkOptions>().BindConfiguration(ReviewLinkOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReviewLinkOptions>, ReviewLinkOptionsValidator>());
        services.TryAddSingleton<ReviewLinks>();
        services.TryAddSingleton<IReviewLinkIssuer, ReviewLinkIssuer>();
        return services;
    }

    /// <summary>The Graph app's and the Azure resources' credentials, decided once (<see cref="AzureCredentials"/>).</summary>
    public static IServiceCollection AddAzureCredentials(this IServiceCollection services)
    {
        services.AddOptions<AzureIdentityOptions>().BindConfiguration(AzureIdentityOptions.Section);
        services.AddOptions<GraphClientOptions>().BindConfiguration(GraphClientOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphClientOptions>, GraphClientOptionsValidator>());
        services.TryAddSingleton(sp => new AzureCredentials(
            () => GraphCredential.From(sp.GetRequiredService<IOptions<GraphClientOptions>>().Value),
            sp.GetRequiredService<IOptions<AzureIdentityOptions>>()));
        return services;
    }

    /// <summary>
    /// E-mail, reports, the follow-up invite and tickets, each sent where its <c>{Kind}:Provider</c> setting says
    /// (<see cref="PublishingProviders"/>). The host provides an <see cref="IReviewLinkIssuer"/>.
    /// </summary>
    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        services.AddAzureCredentials();
        services.AddOptions<PublishingProviders>().Configure<IConfiguration>((providers, configuration) => configuration.Bind(providers)).ValidateOnStart();
        services.AddOptions<LocalOutboxOptions>().Configure<IOptions<StorageOptions>>((o, storage) => o.DataPath = storage.Value.DataPath);

        services.AddChosenOptions<SharePointClientOptions, SharePointClientOptionsValidator>(SharePointClientOptions.Section, p => p.Reports.Provider == ReportsProvider.SharePoint);
        services.AddChosenOptions<GitHubTicketClientOptions, GitHubTicketClientOptionsValidator>(GitHubTicketClientOptions.Section, p => p.Tickets.Provider == TicketsProvider.GitHub);
        services.AddChosenOptions<PlannerTicketClientOptions, PlannerTicketClientOptionsValidator>(PlannerTicketClientOptions.Section, p => p.Tickets.Provider == TicketsProvider.Planner);

        services.TryAddSingleton<GraphConnection>();
        services.TryAddSingleton<LocalEmailSender>();
        services.TryAddSingleton<GraphMailClient>();
        services.TryAddSingleton<LocalReportPublisher>();
        services.TryAddSingleton<SharePointReportClient>();
        services.TryAddSingleton<LocalFollowUpScheduler>();
        services.TryAddSingleton<GraphCalendarClient>();
        services.TryAddSingleton<LocalTicketTracker>();
        services.TryAddSingleton<LocalTicketCommenter>();
        services.TryAddSingleton<LocalTicketStatusSource>();
        services.TryAddSingleton<GitHubTicketClient>();
        services.TryAddSingleton<PlannerTicketClient>();

        services.TryAddSingleton<IEmailSender>(sp => Providers(sp).Email.Provider switch
        {
            EmailProvider.Graph => sp.GetRequiredService<GraphMailClient>(),
            _ => sp.GetRequiredService<LocalEmailSender>(),
        });
        services.TryAddSingleton<IReportPublisher>(sp => Providers(sp).Reports.Provider switch
        {
            ReportsProvider.SharePoint => sp.GetRequiredService<SharePointReportClient>(),
            _ => sp.GetRequiredService<LocalReportPublisher>(),
        });
        services.TryAddSingleton<IFollowUpScheduler>(sp => Providers(sp).Calendar.Provider switch
        {
            CalendarProvider.Graph => sp.GetRequiredService<GraphCalendarClient>(),
            _ => sp.GetRequiredService<LocalFollowUpScheduler>(),
        });
        services.TryAddSingleton<ITicketTracker>(sp => Providers(sp).Tickets.Provider switch
        {
            TicketsProvider.GitHub => sp.GetRequiredService<GitHubTicketClient>(),
            TicketsProvider.Planner => sp.GetRequiredService<PlannerTicketClient>(),
            _ => sp.GetRequiredService<LocalTicketTracker>(),
        });
        services.TryAddSingleton<ITicketCommenter>(sp => Providers(sp).Tickets.Provider switch
        {
            TicketsProvider.GitHub => sp.GetRequiredService<GitHubTicketClient>(),
            TicketsProvider.Planner => new NoTicketComments(),
            _ => sp.GetRequiredService<LocalTicketCommenter>(),
        });
        services.TryAddSingleton<ITicketStatusSource>(sp => Providers(sp).Tickets.Provider switch
        {
            TicketsProvider.GitHub => sp.GetRequiredService<GitHubTicketClient>(),
            TicketsProvider.Planner => sp.GetRequiredService<PlannerTicketClient>(),
            _ => sp.GetRequiredService<LocalTicketStatusSource>(),
        });
        return services;
    }

    private static PublishingProviders Providers(IServiceProvider services) => services.GetRequiredService<IOptions<PublishingProviders>>().Value;

    /// <summary>Binds a provider's settings and validates them on start, but only while that provider is the one chosen.</summary>
    private static void AddChosenOptions<TOptions, TValidator>(this IServiceCollection services, string section, Func<PublishingProviders, bool> chosen)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>, new()
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>>(sp =>
            new ValidateWhen<TOptions>(new TValidator(), () => chosen(Providers(sp))));
    }
}
