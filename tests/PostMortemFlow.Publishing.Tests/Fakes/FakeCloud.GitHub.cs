using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PostMortemFlow.Publishing.Tests.Fakes;

/// <summary>GitHub REST issues under <c>/api/v3</c>: list by label, create, get; an issue's comments: list, create.</summary>
public sealed partial class FakeCloud
{
    private async Task<int?> GitHubAsync(HttpContext context, string method, string path, byte[] body)
    {
        Match m;
        if ((m = CommentsPath().Match(path)).Success)
        {
            return await CommentsAsync(context, $"{m.Groups[1].Value}/{m.Groups[2].Value}#{m.Groups[3].Value}", body);
        }
        if ((m = IssuesPath().Match(path)).Success)
        {
            return await IssuesAsync(context, m.Groups[1].Value, m.Groups[2].Value, body);
        }
        if (method == "GET" && (m = IssuePath().Match(path)).Success)
        {
            var issues = Issues.GetValueOrDefault(m.Groups[1].Value + "/" + m.Groups[2].Value) ?? [];
            JsonObject? issue;
            lock (issues)
            {
                issue = issues.FirstOrDefault(i => i["number"]!.GetValue<int>() == int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
            }
            return issue is null ? await WriteJsonAsync(context, 404, new { message = "Not Found" }) : await WriteJsonAsync(context, 200, issue);
        }
        return null;
    }

    private async Task<int> IssuesAsync(HttpContext context, string owner, string repo, byte[] body)
    {
        var issues = Issues.GetOrAdd($"{owner}/{repo}", _ => []);
        if (context.Request.Method == "GET")
        {
            var label = context.Request.Query["labels"].ToString();
            JsonObject[] listed;
            lock (issues)
            {
                listed = [.. issues.Where(i => label.Length == 0 || i["labels"]!.AsArray().Any(l => l!["name"]!.GetValue<string>() == label))];
            }
            return await WriteJsonAsync(context, 200, listed);
        }
        var input = JsonNode.Parse(body, CaseInsensitive)!.AsObject();
        JsonObject issue;
        lock (issues)
        {
            var number = issues.Count + 1;
            var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            issue = new JsonObject
            {
                ["id"] = 1000 + number,
                ["number"] = number,
                ["node_id"] = $"I_{number}",
                ["title"] = input["title"]?.GetValue<string>(),
                ["body"] = input["body"]?.GetValue<string>(),
                ["state"] = "open",
                ["url"] = $"{BaseUrl}/api/v3/repos/{owner}/{repo}/issues/{number}",
                ["html_url"] = $"https://github.example/{owner}/{repo}/issues/{number}",
                ["labels"] = new JsonArray([.. (input["labels"]?.AsArray() ?? []).Select(l => (JsonNode)new JsonObject { ["name"] = l!.GetValue<string>() })]),
                ["assignees"] = new JsonArray([.. (input["assignees"]?.AsArray() ?? []).Select(a => (JsonNode)new JsonObject { ["login"] = a!.GetValue<string>() })]),
                ["user"] = new JsonObject { ["login"] = "postmortemflow-bot" },
                ["created_at"] = now,
                ["updated_at"] = now,
            };
            issues.Add(issue);
        }
        return await WriteJsonAsync(context, 201, issue);
    }

    private async Task<int> CommentsAsync(HttpContext context, string issue, byte[] body)
    {
        var comments = IssueComments.GetOrAdd(issue, _ => []);
        if (context.Request.Method == "GET")
        {
            JsonObject[] listed;
            lock (comments)
            {
                listed = [.. comments];
            }
            return await WriteJsonAsync(context, 200, listed);
        }
        var input = JsonNode.Parse(body, CaseInsensitive)!.AsObject();
        JsonObject comment;
        lock (comments)
        {
            var id = 5000 + comments.Count + 1;
            var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            comment = new JsonObject
            {
                ["id"] = id,
                ["node_id"] = $"IC_{id}",
                ["body"] = input["body"]?.GetValue<string>(),
                ["url"] = $"{BaseUrl}/api/v3/repos/{issue.Replace('#', '/')}/comments/{id}",
                ["html_url"] = $"https://github.example/{issue.Replace("#", "/issues/", StringComparison.Ordinal)}#issuecomment-{id}",
                ["user"] = new JsonObject { ["login"] = "postmortemflow-bot" },
                ["created_at"] = now,
                ["updated_at"] = now,
            };
            comments.Add(comment);
        }
        return await WriteJsonAsync(context, 201, comment);
    }

    [GeneratedRegex(@"^/api/v3/repos/([^/]+)/([^/]+)/issues/(\d+)/comments$")]
    private static partial Regex CommentsPath();
    [GeneratedRegex("^/api/v3/repos/([^/]+)/([^/]+)/issues$")]
    private static partial Regex IssuesPath();
    [GeneratedRegex(@"^/api/v3/repos/([^/]+)/([^/]+)/issues/(\d+)$")]
    private static partial Regex IssuePath();
}
