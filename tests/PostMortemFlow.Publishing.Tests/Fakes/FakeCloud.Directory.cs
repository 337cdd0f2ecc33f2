using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace PostMortemFlow.Publishing.Tests.Fakes;

/// <summary>
/// Graph's <c>GET /users</c> with the <c>$filter</c> the people directory sends: a user matches when their display name,
/// given name or mail nickname equals the quoted name, or their sign-in name starts with it and an @. Only
/// <c>$select</c>ed properties come back, and at most <c>$top</c> users.
/// </summary>
public sealed partial class FakeCloud
{
    /// <summary>The tenant's users, as Graph stores them.</summary>
    public ConcurrentQueue<JsonObject> Users { get; } = new();

    public void AddUser(string displayName, string givenName, string userPrincipalName, string? mail = null) => Users.Enqueue(new JsonObject
    {
        ["id"] = Guid.NewGuid().ToString(),
        ["displayName"] = displayName,
        ["givenName"] = givenName,
        ["mailNickname"] = userPrincipalName[..userPrincipalName.IndexOf('@', StringComparison.Ordinal)],
        ["userPrincipalName"] = userPrincipalName,
        ["mail"] = mail,
    });

    private async Task<int?> DirectoryAsync(HttpContext context, string method, string path)
    {
        if (method != "GET" || path != "/v1.0/users")
        {
            return null;
        }
        var filter = context.Request.Query["$filter"].ToString();
        var name = QuotedName().Match(filter) is { Success: true } quoted ? quoted.Groups["name"].Value.Replace("''", "'", StringComparison.Ordinal) : "";
        bool Is(JsonObject user, string property) => string.Equals(user[property]?.GetValue<string>(), name, StringComparison.OrdinalIgnoreCase);
        var select = context.Request.Query["$select"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        var top = int.TryParse(context.Request.Query["$top"], out var t) ? t : 100;
        var found = Users.Where(u => Is(u, "displayName") || Is(u, "givenName") || Is(u, "mailNickname")
                || (u["userPrincipalName"]?.GetValue<string>() ?? "").StartsWith(name + "@", StringComparison.OrdinalIgnoreCase))
            .Take(top)
            .Select(u => new JsonObject(select.Select(p => KeyValuePair.Create(p, u[p]?.DeepClone()))))
            .ToList();
        return await WriteJsonAsync(context, 200, new { value = found });
    }

    [GeneratedRegex("eq '(?<name>(?:[^']|'')*)'")]
    private static partial Regex QuotedName();
}
