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

/// <summary>Graph calendar events, de-duplicated by <c>transactionId</c> as Graph does.</summary>
public sealed partial class FakeCloud
{
    private async Task<int?> CalendarAsync(HttpContext context, string method, string path, byte[] body)
    {
        if (method == "POST" && EventsPath().IsMatch(path))
        {
            var created = JsonNode.Parse(body, CaseInsensitive)!.AsObject();
            var transaction = created["transactionId"]?.GetValue<string>() ?? Guid.NewGuid().ToString();
            var stored = Events.GetOrAdd(transaction, _ =>
            {
                created["id"] = "event-" + Events.Count.ToString(CultureInfo.InvariantCulture);
                created["webLink"] = "https://outlook.example/calendar/item/" + created["id"];
                return created;
            });
            return await WriteJsonAsync(context, 201, stored);
        }
        return null;
    }


    [GeneratedRegex("^/v1.0/users/([^/]+)/events$")]
    private static partial Regex EventsPath();
}
