using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PostMortemFlow.Api.Hosting;
using PostMortemFlow.Api.PostMortems;
using PostMortemFlow.Application.Incidents;
using PostMortemFlow.Application.Library;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Functions.Intake;
using PostMortemFlow.Functions.Library;
using PostMortemFlow.Functions.SignIn;
using PostMortemFlow.Functions.Workflow;
using PostMortemFlow.Integrations.Hosting;
using PostMortemFlow.Integrations.Reviews;

namespace PostMortemFlow.Functions.Hosting;

public static class FunctionsServiceCollectionExtensions
{
    /// <summary>
    /// What the Functions app composes: the same integrations and HTTP surface as the server, with the orchestrations as
    /// the workflow engine and the document store as the read side. The same settings names as the server.
    /// </summary>
    public static IServiceCollection AddPostMortemFlowFunctions(this IServiceCollection services)
    {
        services.AddPostMortemIntegrations();
        services.AddPostMortemApi();
        services.AddOptions<FunctionsWorkflowOptions>().BindConfiguration(FunctionsWorkflowOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FunctionsWorkflowOptions>, FunctionsSignInValidator>();
        // E-mails and tickets link to the report as it stands; the review pages are reached by the signed links only.
        services.PostConfigure<ReviewLinkOptions>(o => o.PagePath = PostMortemEndpoints.Prefix + "/{id}/report.html");
        services.TryAddSingleton<IncidentRecords>();
        services.TryAddSingleton<DocumentPostMortemCatalog>();
        services.TryAddSingleton<IPostMortemCatalog>(sp => sp.GetRequiredService<DocumentPostMortemCatalog>());
        services.TryAddSingleton<ILibraryIndex, DocumentLibraryIndex>();
        services.TryAddSingleton<DocumentIncidentCatalog>();
        services.TryAddSingleton<IIncidentCatalog>(sp => sp.GetRequiredService<DocumentIncidentCatalog>());
        services.TryAddSingleton<WorkflowInbox>();
        services.TryAddSingleton<WorkflowViews>();
        services.TryAddSingleton<DurableEngine>();
        services.TryAddSingleton<WorkflowActivities>();
        return services;
    }
}
