using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>
/// A local server speaking OpenAI's chat-completions wire format with one canned answer, recording the bodies it got;
/// no model can run here, so this stands in for one.
/// </summary>
public sealed class ChatCompletionsServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ChatCompletionsServer(WebApplication app) => _app = app;

    public ConcurrentQueue<string> Bodies { get; } = new();

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public static async Task<ChatCompletionsServer> StartAsync(string answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ChatCompletionsServer(app);
        app.MapPost("/v1/chat/completions", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            server.Bodies.Enqueue(await reader.ReadToEndAsync());
            var completion = new JsonObject
            {
                ["id"] = "chatcmpl-ui", ["object"] = "chat.completion", ["created"] = 1733600000, ["model"] = "ui-model",
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0, ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = answer }, ["finish_reason"] = "stop",
                }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 250, ["completion_tokens"] = 90, ["total_tokens"] = 340 },
            };
            return Results.Text(completion.ToJsonString(), "application/json");
        });
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
