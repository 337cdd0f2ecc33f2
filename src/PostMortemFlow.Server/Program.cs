using PostMortemFlow.Server.Features.Evidence;
using PostMortemFlow.Server.Features.Incidents;
using PostMortemFlow.Server.Features.Postmortems;
using PostMortemFlow.Server.Features.Publishing;
using PostMortemFlow.Server.Features.Reviews;
using PostMortemFlow.Server.Features.SignIn;
using PostMortemFlow.Server.Features.Webhooks;
using PostMortemFlow.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLocalSettings();
builder.AddWorkflowEngine();
builder.AddPostmortems();
builder.AddReviewLinks();
builder.AddWebhooks();
builder.AddSignIn();
builder.AddPostmortemPages();
builder.AddPublishing();
builder.AddEvidence();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthEndpoints();
app.MapPostmortemEndpoints();
app.MapReviewEndpoints();
app.MapIncidentEndpoints();
app.MapWebhookEndpoints();
app.MapSignOut();
app.MapPostmortemPages();
app.Run();

/// <summary>The web host's entry point, visible to the end-to-end tests.</summary>
public partial class Program;
