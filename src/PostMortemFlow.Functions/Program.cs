using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using PostMortemFlow.Api.Hosting;
using PostMortemFlow.Functions.Hosting;
using PostMortemFlow.Functions.SignIn;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<AppServiceSignInMiddleware>();
builder.Services.AddPostMortemFlowFunctions();
// Exports through APPLICATIONINSIGHTS_CONNECTION_STRING (set by the Bicep) or OTEL_EXPORTER_OTLP_ENDPOINT.
builder.AddPostMortemTelemetry();
builder.Build().Run();
