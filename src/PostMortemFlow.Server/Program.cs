using PostMortemFlow.Api.Hosting;
using PostMortemFlow.Api.Incidents;
using PostMortemFlow.Api.Insights;
using PostMortemFlow.Api.Library;
using PostMortemFlow.Api.PostMortems;
using PostMortemFlow.Api.Webhooks;
using PostMortemFlow.Server.Features.Availability;
using PostMortemFlow.Server.Features.PostMortems;
using PostMortemFlow.Server.Features.Readiness;
using PostMortemFlow.Server.Features.Reviews;
using PostMortemFlow.Server.Features.SignIn;
using PostMortemFlow.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLocalSettings();
builder.Services.AddPostMortemIntegrations();
builder.Services.AddPostMortemApi();
builder.Services.AddOpenApi(options => options.AddOperationTransformer<IfMatchHeaderTransformer>()
    .AddOperationTransformer<JsonBodyOperationTransformer>().AddSchemaTransformer<RequestBoundsSchemaTransformer>());
builder.AddWorkflowEngine();
builder.AddPostMortemTelemetry();
builder.AddPrometheusMetrics();
builder.AddReadinessChecks();
builder.AddSignIn();
builder.AddReviewPages();
builder.Services.AddExceptionHandler<SiloUnavailableHandler>();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthEndpoints();
app.MapReadiness();
app.MapPrometheusMetrics();
app.MapOpenApi().AllowAnonymous();
app.MapPostMortemApi();
app.MapIncidentApi();
app.MapInsightsApi();
app.MapLibraryApi();
app.MapWebhooks();
app.MapReviewEndpoints();
app.MapSignOut();
app.MapRazorPages();
app.Run();

/// <summary>The web host's entry point, visible to the end-to-end tests.</summary>
public partial class Program;
