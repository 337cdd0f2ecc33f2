using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Api.Hosting;
using PostMortemFlow.Api.Incidents;
using PostMortemFlow.Api.Insights;
using PostMortemFlow.Api.Library;
using PostMortemFlow.Api.PostMortems;
using PostMortemFlow.Api.Webhooks;
using PostMortemFlow.Application.Incidents;
using PostMortemFlow.Application.Library;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Functions.Workflow;

namespace PostMortemFlow.Functions.Tests.Contract;

/// <summary>
/// What the Functions host reads from the build output (<c>functions.metadata</c>, <c>extensions.json</c>) and from the
/// top-level <c>host.json</c>: the triggers it binds, the routes it serves, the task hub it uses. The host cannot run
/// here, so these files are its contract.
/// </summary>
public sealed partial class FunctionsMetadataTests
{
    private static readonly string Output = Path.GetDirectoryName(typeof(PostMortemOrchestration).Assembly.Location)!;

    [Fact]
    public void EveryRouteOfTheSharedApi_IsAnHttpFunctionWithTheSameMethodAndRoute()
    {
        var functions = HttpRoutes();
        var api = ApiRoutes();

        Assert.NotEmpty(api);
        Assert.All(api, route => Assert.Contains(route, functions));
        // Besides the shared API the app serves only the review pages the e-mailed links open.
        Assert.Equal(["GET review/{token}", "POST review/{token}"], functions.Except(api).Order());
    }

    [Fact]
    public void TheOrchestrationAndItsActivities_AreBoundUnderTheNamesTheHistoryUses()
    {
        var triggers = Functions().ToDictionary(f => f.GetProperty("name").GetString()!, f => InBinding(f).GetProperty("type").GetString());

        Assert.Equal("orchestrationTrigger", triggers[WorkflowNames.Orchestration]);
        foreach (var activity in new[] { WorkflowNames.LoadSettings, WorkflowNames.RunEffect, WorkflowNames.PublishView, WorkflowNames.ReadInbox })
        {
            Assert.Equal("activityTrigger", triggers[activity]);
        }
    }

    [Fact]
    public void HttpFunctionsThatTouchTheWorkflow_HaveADurableClient_AndNoneIsLeftToTheHostsKeyCheck()
    {
        foreach (var function in Functions().Where(f => InBinding(f).GetProperty("type").GetString() == "httpTrigger"))
        {
            var name = function.GetProperty("name").GetString();
            // Callers are authenticated by the app (webhook secrets, signed review links, sign-in) as in the server;
            // a host function key on top would break the links and the webhook senders' configuration.
            Assert.Equal("Anonymous", InBinding(function).GetProperty("authLevel").GetString(), ignoreCase: true);
            // The lists, the insights and the library read only the rows the orchestrations publish.
            if (name is not ("List" or "ListIncidents" or "Insights" or "FactorMatches" or "Library"))
            {
                Assert.Contains(function.GetProperty("bindings").EnumerateArray(), b => b.GetProperty("type").GetString() == "durableClient");
            }
        }
    }

    [Fact]
    public void TheDurableTaskExtension_IsRegisteredForTheHost()
    {
        using var extensions = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "extensions.json")));

        Assert.Contains(extensions.RootElement.GetProperty("extensions").EnumerateArray(), e => e.GetProperty("name").GetString() == "DurableTask");
    }

    [Fact]
    public void HostJson_ServesRoutesWithoutPrefix_AndNamesTheTaskHub()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "host.json")));
        var extensions = host.RootElement.GetProperty("extensions");

        Assert.Equal("2.0", host.RootElement.GetProperty("version").GetString());
        Assert.Equal("", extensions.GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.Equal("PostMortemFlow", extensions.GetProperty("durableTask").GetProperty("hubName").GetString());
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot(), "host.json")), File.ReadAllText(Path.Combine(Output, "host.json")));
    }

    private static IEnumerable<JsonElement> Functions()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "functions.metadata")));
        return metadata.RootElement.EnumerateArray().Select(f => f.Clone()).ToList();
    }

    private static JsonElement InBinding(JsonElement function) =>
        function.GetProperty("bindings").EnumerateArray().First(b => b.TryGetProperty("direction", out var d) && d.GetString() == "In");

    private static HashSet<string> HttpRoutes() =>
        [.. Functions().Select(InBinding).Where(b => b.GetProperty("type").GetString() == "httpTrigger")
            .SelectMany(b => b.GetProperty("methods").EnumerateArray().Select(m => $"{m.GetString()!.ToUpperInvariant()} {b.GetProperty("route").GetString()}"))];

    /// <summary>The routes the server maps from the shared API project, written as Functions routes.</summary>
    private static HashSet<string> ApiRoutes()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Links:SigningKey"] = Convert.ToBase64String(new byte[32]) });
        builder.Services.AddPostMortemApi();
        builder.Services.AddSingleton<IPostMortemWorkflow>(_ => throw new NotSupportedException());
        builder.Services.AddSingleton<IPostMortemCatalog>(_ => throw new NotSupportedException());
        builder.Services.AddSingleton<IIncidentIntake>(_ => throw new NotSupportedException());
        builder.Services.AddSingleton<IIncidentCatalog>(_ => throw new NotSupportedException());
        builder.Services.AddSingleton<ILibraryIndex>(_ => throw new NotSupportedException());
        var app = builder.Build();
        app.MapPostMortemApi();
        app.MapIncidentApi();
        app.MapInsightsApi();
        app.MapLibraryApi();
        app.MapWebhooks();
        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>();
        return [.. endpoints.SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods
            .Select(m => $"{m} {TrailingSlash().Replace(e.RoutePattern.RawText!.TrimStart('/'), "")}"))];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PostMortemFlow.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("the repository root (PostMortemFlow.sln) is not above the test output");
    }

    [GeneratedRegex("/$")]
    private static partial Regex TrailingSlash();
}
