using PostMortemFlow.Server.Features.Evidence;
using PostMortemFlow.Server.Features.Postmortems;
using PostMortemFlow.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLocalSettings();
builder.AddWorkflowEngine();
builder.AddPostmortems();
builder.AddEvidence();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthEndpoints();
app.MapPostmortemEndpoints();
app.Run();

/// <summary>The web host's entry point, visible to the end-to-end tests.</summary>
public partial class Program;
