using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using PostMortemFlow.Functions.SignIn;

namespace PostMortemFlow.Functions.Tests.Infrastructure;

/// <summary>Invokes one of the app's HTTP functions as the Functions host would: a request in, its result written out.</summary>
public sealed class FunctionCall(IServiceProvider services)
{
    public async Task<FunctionAnswer> InvokeAsync(string method, string pathAndQuery, Func<HttpRequest, Task<IActionResult>> function,
        HttpContent? content = null, IReadOnlyDictionary<string, string>? headers = null, ClaimsPrincipal? user = null, bool appServiceSignIn = false)
    {
        var http = new DefaultHttpContext { RequestServices = services };
        if (user is not null)
        {
            http.User = user;
        }
        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        http.Request.Method = method;
        http.Request.Path = query < 0 ? pathAndQuery : pathAndQuery[..query];
        http.Request.QueryString = new QueryString(query < 0 ? "" : pathAndQuery[query..]);
        if (content is not null)
        {
            var bytes = await content.ReadAsByteArrayAsync();
            http.Request.Body = new MemoryStream(bytes);
            http.Request.ContentLength = bytes.Length;
            http.Request.ContentType = content.Headers.ContentType?.ToString();
        }
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            http.Request.Headers[name] = value;
        }
        var body = new MemoryStream();
        http.Response.Body = body;
        // What the app's sign-in middleware does before the function runs.
        if (appServiceSignIn && !await AppServiceSignIn.ApplyAsync(http))
        {
            return new FunctionAnswer(http.Response.StatusCode, Encoding.UTF8.GetString(body.ToArray()), "");
        }
        var result = await function(http.Request);
        await result.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));
        return new FunctionAnswer(http.Response.StatusCode, Encoding.UTF8.GetString(body.ToArray()), http.Response.Headers.Location.ToString());
    }
}

/// <summary>What a function answered.</summary>
public sealed record FunctionAnswer(int Status, string Body, string Location)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
}
