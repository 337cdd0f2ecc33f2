using PostMortemFlow.Server.Features.Evidence;
using PostMortemFlow.Server.Features.Incidents;
using PostMortemFlow.Server.Features.PostMortems;
using PostMortemFlow.Server.Features.Publishing;
using PostMortemFlow.Server.Features.Reviews;
using PostMortemFlow.Server.Features.SignIn;
using PostMortemFlow.Server.Features.Webhooks;
using PostMortemFlow.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLocalSettings();
builder.AddWorkflowEngine();
builder.AddPostMortems();
builder.AddReviewLinks();
builder.AddWebhooks();
builder.AddSignIn();
builder.AddPostMortemPages();
builder.AddPublishing();
builder.AddEvidence();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthEndpoints();
app.MapPostMortemEndpoints();
app.MapReviewEndpoints();
app.MapIncidentEndpoints();
app.MapWebhookEndpoints();
app.MapSignOut();
app.MapPostMortemPages();
app.Run();

/// <summary>The web host's entry point, visible to the end-to-end tests.</summary>
public partial class Program;
