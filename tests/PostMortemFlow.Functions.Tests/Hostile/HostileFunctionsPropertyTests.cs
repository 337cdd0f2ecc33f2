using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PostMortemFlow.Functions.Http;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Publishing.Tests.Fakes;
using PostMortemFlow.Server.Tests.Api;
using Xunit.Abstractions;

namespace PostMortemFlow.Functions.Tests.Hostile;

/// <summary>
/// The server's hostile-input property test, against the Functions app's HTTP functions: every POST and PUT function of
/// the JSON API gets the same generated bodies and path values; none may answer 5xx, a refusal is problem details, and
/// after a refusal the post-mortem and the list are as they were.
/// </summary>
public sealed class HostileFunctionsPropertyTests(ITestOutputHelper output)
{
    private const int CasesPerRoute = 12;

    [Fact]
    public async Task EveryFunction_GeneratedBodies_NeverAnswer5xx_AndARefusalChangesNothing()
    {
        await using var app = await FunctionsApp.StartAsync(new Dictionary<string, string?>());
        var functions = typeof(PostMortemFunctions).GetMethods()
            .Select(m => (Method: m, Trigger: m.GetParameters().FirstOrDefault()?.GetCustomAttribute<HttpTriggerAttribute>()))
            .Where(f => f.Trigger is { Route: not null } && f.Trigger.Methods!.Any(v => v is "post" or "put"))
            .Where(f => !f.Trigger!.Route!.EndsWith("/evidence/uploads", StringComparison.Ordinal))
            .ToList();
        Assert.True(functions.Count >= 19, $"only {functions.Count} functions with a body");
        var id = await DeclareAsync(app, "pm-hostile-0");
        var declaration = JsonSerializer.SerializeToNode(new
        {
            title = "API degradation", severity = "Sev1", services = new[] { "orders-api" }, startedAt = "2026-12-01T10:00:00Z", endedAt = "2026-12-01T10:30:00Z",
            authors = new[] { "ana@example.com" }, reviewers = new[] { "rui@example.com" },
        })!.AsObject();
        var sent = 0;
        foreach (var (function, trigger) in functions)
        {
            var verb = trigger!.Methods![0].ToUpperInvariant();
            var path = "/" + trigger.Route;
            foreach (var (values, body) in HostileRoutes.Cases(verb, path, id, declaration, CasesPerRoute))
            {
                await SendAndCheckAsync(app, function, verb, path, values, body, id);
                sent++;
            }
            if ((await app.StateAsync(id)).Phase is Domain.Workflow.Phase.Cancelled)
            {
                id = await DeclareAsync(app, $"pm-hostile-{sent}");
            }
        }
        output.WriteLine($"{sent} generated requests over {functions.Count} functions");
    }

    private static async Task SendAndCheckAsync(FunctionsApp app, MethodInfo function, string verb, string path, IReadOnlyDictionary<string, string> values,
        string body, string id)
    {
        // Settled first: an e-mail an earlier accepted request queued (a mention) must not pass for this request's change.
        var before = (await app.UntilAsync(id, s => s.Outbox.IsEmpty)).Version;
        var listed = await ListedAsync(app);
        var target = HostileRoutes.Target(path, values);
        var answer = await app.Call.InvokeAsync(verb, target, request => Invoke(app, function, request, values),
            new StringContent(body, Encoding.UTF8, "application/json"));
        var shown = body.Length > 300 ? body[..300] + $"… ({body.Length} chars)" : body;

        Assert.True(answer.Status < 500, $"{verb} {target} answered {answer.Status} to {shown}: {answer.Body}");
        if (answer.Status >= 400 && answer.Body.Length > 0)
        {
            Assert.True(answer.Json.TryGetProperty("status", out _) && answer.Json.TryGetProperty("title", out _),
                $"{verb} {target} answered {answer.Status} without problem details to {shown}: {answer.Body}");
        }
        if (answer.Status >= 400)
        {
            Assert.True(before == (await app.StateAsync(id)).Version, $"{verb} {target} answered {answer.Status} to {shown} but changed the post-mortem");
            Assert.Equal(listed, await ListedAsync(app));
        }
    }

    /// <summary>Calls the function as the host would bind it: the request, the Durable client, and each route value by its name.</summary>
    private static Task<IActionResult> Invoke(FunctionsApp app, MethodInfo function, HttpRequest request, IReadOnlyDictionary<string, string> values) =>
        (Task<IActionResult>)function.Invoke(app.PostMortems, [.. function.GetParameters().Select(p => p.ParameterType == typeof(HttpRequest) ? request
            : p.ParameterType == typeof(Microsoft.DurableTask.Client.DurableTaskClient) ? app.Client
            : (object)values[p.Name!])])!;

    private static async Task<int> ListedAsync(FunctionsApp app) =>
        (await app.Call.InvokeAsync("GET", "/api/postmortems", r => app.PostMortems.ListAsync(r))).Json.GetArrayLength();

    private static async Task<string> DeclareAsync(FunctionsApp app, string id)
    {
        await app.DeclareAsync(id, TestStates.Draft(DateTimeOffset.UtcNow.AddDays(1)));
        await app.UntilAsync(id, s => s.Phase == Domain.Workflow.Phase.TimelineReview && s.Outbox.IsEmpty);
        return id;
    }
}
