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

/// <summary>Planner through Graph: tasks, their details with etags and If-Match, and bucket listings paged by <c>@odata.nextLink</c>.</summary>
public sealed partial class FakeCloud
{
    private async Task<int?> PlannerAsync(HttpContext context, string method, string path, byte[] body)
    {
        Match m;
        if (method == "POST" && path == "/v1.0/planner/tasks")
        {
            var input = JsonNode.Parse(body, CaseInsensitive)!.AsObject();
            if (input["planId"] is null || input["bucketId"] is null || input["title"] is null)
            {
                return await WriteJsonAsync(context, 400, Error("BadRequest", "planId, bucketId and title are required."));
            }
            JsonObject task;
            lock (_lock)
            {
                var id = $"task-{PlannerTasks.Count + 1:D3}";
                task = new JsonObject
                {
                    ["@odata.etag"] = NewEtag(),
                    ["id"] = id,
                    ["planId"] = input["planId"]!.GetValue<string>(),
                    ["bucketId"] = input["bucketId"]!.GetValue<string>(),
                    ["title"] = input["title"]!.GetValue<string>(),
                    ["orderHint"] = "8585269235419181300",
                    ["percentComplete"] = 0,
                    ["priority"] = input["priority"]?.GetValue<int>() ?? 5,
                    ["dueDateTime"] = input["dueDateTime"]?.GetValue<string>(),
                    ["createdDateTime"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                    ["hasDescription"] = false,
                    ["previewType"] = "automatic",
                    ["assignments"] = input["assignments"]?.DeepClone() ?? new JsonObject(),
                };
                PlannerTasks[id] = task;
                PlannerDetails[id] = new JsonObject
                {
                    ["@odata.etag"] = NewEtag(),
                    ["id"] = id,
                    ["description"] = null,
                    ["previewType"] = "automatic",
                    ["references"] = new JsonObject(),
                    ["checklist"] = new JsonObject(),
                };
            }
            return await WriteJsonAsync(context, 201, task);
        }
        if (method == "GET" && (m = PlannerBucketTasksPath().Match(path)).Success)
        {
            var skip = int.TryParse(context.Request.Query["$skiptoken"], CultureInfo.InvariantCulture, out var n) ? n : 0;
            var all = PlannerTasks.Values.Where(t => t["bucketId"]!.GetValue<string>() == m.Groups[1].Value)
                .OrderBy(t => t["id"]!.GetValue<string>(), StringComparer.Ordinal).ToList();
            var page = new JsonObject
            {
                ["@odata.context"] = $"{GraphUrl}/$metadata#planner/buckets('{m.Groups[1].Value}')/tasks",
                ["value"] = new JsonArray([.. all.Skip(skip).Take(PlannerPageSize).Select(t => t.DeepClone())]),
            };
            if (skip + PlannerPageSize < all.Count)
            {
                page["@odata.nextLink"] = $"{GraphUrl}/planner/buckets/{Uri.EscapeDataString(m.Groups[1].Value)}/tasks?$skiptoken={skip + PlannerPageSize}";
            }
            return await WriteJsonAsync(context, 200, page);
        }
        if (method == "GET" && (m = PlannerTaskPath().Match(path)).Success)
        {
            return PlannerTasks.TryGetValue(m.Groups[1].Value, out var task)
                ? await WriteJsonAsync(context, 200, task)
                : await WriteJsonAsync(context, 404, Error("NotFound", "The requested item is not found."));
        }
        if ((m = PlannerDetailsPath().Match(path)).Success && PlannerDetails.TryGetValue(m.Groups[1].Value, out var details))
        {
            if (method == "GET")
            {
                return await WriteJsonAsync(context, 200, details);
            }
            if (method == "PATCH")
            {
                var ifMatch = context.Request.Headers.IfMatch.ToString();
                var input = JsonNode.Parse(body, CaseInsensitive)!.AsObject();
                // Planner: no If-Match → 400; a stale etag → 412.
                var refusal = 0;
                lock (_lock)
                {
                    if (ifMatch.Length == 0)
                    {
                        refusal = 400;
                    }
                    else if (ifMatch != details["@odata.etag"]!.GetValue<string>())
                    {
                        refusal = 412;
                    }
                    else
                    {
                        foreach (var property in new[] { "description", "previewType" })
                        {
                            if (input[property] is { } value)
                            {
                                details[property] = value.DeepClone();
                            }
                        }
                        details["@odata.etag"] = NewEtag();
                        PlannerTasks[m.Groups[1].Value]["hasDescription"] = !string.IsNullOrEmpty(details["description"]?.GetValue<string>());
                    }
                }
                if (refusal != 0)
                {
                    return await WriteJsonAsync(context, refusal, refusal == 400
                        ? Error("BadRequest", "The If-Match header must be specified for this kind of request.")
                        : Error("PreconditionFailed", "The request does not match the current version."));
                }
                context.Response.StatusCode = 204;
                return 204;
            }
        }
        return await WriteJsonAsync(context, 404, Error("NotFound", $"The fake has no Planner route for {method} {path}."));
    }

    private string NewEtag() => $"W/\"JzEtVGFzayAg{Interlocked.Increment(ref _etags).ToString(CultureInfo.InvariantCulture)}Jw==\"";


    [GeneratedRegex("^/v1.0/planner/buckets/([^/]+)/tasks$")]
    private static partial Regex PlannerBucketTasksPath();
    [GeneratedRegex("^/v1.0/planner/tasks/([^/]+)$")]
    private static partial Regex PlannerTaskPath();
    [GeneratedRegex("^/v1.0/planner/tasks/([^/]+)/details$")]
    private static partial Regex PlannerDetailsPath();
}
