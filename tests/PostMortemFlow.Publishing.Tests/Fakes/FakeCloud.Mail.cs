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

/// <summary>Graph mail: <c>sendMail</c> and the Sent Items search by the idempotency header.</summary>
public sealed partial class FakeCloud
{
    private async Task<int?> MailAsync(HttpContext context, string method, string path, byte[] body)
    {
        Match m;
        if (method == "POST" && (m = SendMailPath().Match(path)).Success)
        {
            var message = JsonNode.Parse(body, CaseInsensitive)!["message"]!.AsObject();
            SentMail.Enqueue(message);
            context.Response.StatusCode = 202;
            return 202;
        }
        if (method == "GET" && SentItemsPath().IsMatch(path))
        {
            var filter = context.Request.Query["$filter"].ToString();
            var key = FilterValue().Match(filter) is { Success: true } f ? f.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal) : "";
            var found = SentMail.Where(msg => HeaderOf(msg, "X-PostMortemFlow-Key") == key).Select(_ => new { id = Guid.NewGuid().ToString() });
            return await WriteJsonAsync(context, 200, new { value = found.ToArray() });
        }
        return null;
    }

    private static string? HeaderOf(JsonObject message, string name) =>
        message["internetMessageHeaders"]?.AsArray().FirstOrDefault(h => h!["name"]!.GetValue<string>() == name)?["value"]?.GetValue<string>();


    [GeneratedRegex("^/v1.0/users/([^/]+)/sendMail$")]
    private static partial Regex SendMailPath();
    [GeneratedRegex("^/v1.0/users/([^/]+)/mailFolders/SentItems/messages$")]
    private static partial Regex SentItemsPath();
    [GeneratedRegex("ep/value eq '((?:[^']|'')*)'")]
    private static partial Regex FilterValue();
}
