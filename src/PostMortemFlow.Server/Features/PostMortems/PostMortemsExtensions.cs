using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.LocalOutbox;
using PostMortemFlow.Server.Features.Api;
using PostMortemFlow.Server.Features.Outbox;
using PostMortemFlow.Server.Hosting;

namespace PostMortemFlow.Server.Features.PostMortems;

public static class PostMortemsExtensions
{
    /// <summary>The workflow's options, its effect executors (the embedded defaults) and the API's JSON rules.</summary>
    public static WebApplicationBuilder AddPostMortems(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<WorkflowOptions>().BindConfiguration(WorkflowOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkflowOptions>, WorkflowOptionsValidator>();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new UtcDateTimeOffsetConverter());
            o.SerializerOptions.MaxDepth = 32;
        });

        services.AddOptions<LocalOutboxOptions>().Configure<IOptions<StorageOptions>>((o, storage) => o.DataPath = storage.Value.DataPath);
        services.AddSingleton<IEmailSender, LocalEmailSender>();
        services.AddSingleton<IReportPublisher, LocalReportPublisher>();
        services.AddSingleton<ITicketTracker, LocalTicketTracker>();
        services.AddSingleton<IFollowUpScheduler, LocalFollowUpScheduler>();
        services.AddSingleton<ITicketStatusSource, LocalTicketStatusSource>();
        services.AddSingleton<IEffectDispatcher, EffectDispatcher>();
        return builder;
    }
}
