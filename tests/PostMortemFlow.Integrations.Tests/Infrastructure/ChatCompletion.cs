using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PostMortemFlow.Integrations.Tests.Infrastructure;

/// <summary>An answer in OpenAI's chat-completions wire format, for a local server standing in for a model.</summary>
public static class ChatCompletion
{
    public static Task WriteAsync(HttpContext context, string content, string finishReason = "stop")
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = new JsonObject
        {
            ["id"] = "chatcmpl-1", ["object"] = "chat.completion", ["created"] = 1733600000, ["model"] = "test-model",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0, ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content }, ["finish_reason"] = finishReason,
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 300, ["completion_tokens"] = 100, ["total_tokens"] = 400 },
        };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }
}
