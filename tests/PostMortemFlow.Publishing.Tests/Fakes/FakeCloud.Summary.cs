using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PostMortemFlow.Publishing.Tests.Fakes;

/// <summary>What the recorded requests did, in words a flow test asserts on.</summary>
public sealed partial class FakeCloud
{
    /// <summary>The purpose header of every e-mail sent, in order.</summary>
    public List<string> MailPurposes() => [.. SentMail.Select(m => Header(m, "X-PostMortemFlow-Purpose") ?? "")];

    /// <summary>Each successful request as what it did: an e-mail's purpose, an upload, a ticket, the event, a status sync.</summary>
    public List<string> RequestKinds() => [.. Requests.Where(r => r.Status is >= 200 and < 300).Select(r => r switch
    {
        { Method: "POST" } when r.Path.EndsWith("/sendMail", StringComparison.Ordinal) => Header(r.JsonBody()["message"]!.AsObject(), "X-PostMortemFlow-Purpose") ?? "mail",
        { Method: "PUT" } when r.Path.EndsWith(":/content", StringComparison.Ordinal) => "upload",
        { Method: "POST" } when r.Path.EndsWith("/issues", StringComparison.Ordinal) => "ticket",
        { Method: "POST" } when r.Path.EndsWith("/events", StringComparison.Ordinal) => "event",
        { Method: "GET" } when IssueNumber().IsMatch(r.Path) => "sync",
        _ => "other",
    })];

    /// <summary>An internet message header of a sent e-mail.</summary>
    public static string? Header(JsonObject message, string name) =>
        message["internetMessageHeaders"]?.AsArray().FirstOrDefault(h => h!["name"]!.GetValue<string>() == name)?["value"]?.GetValue<string>();

    [GeneratedRegex(@"/issues/\d+$")]
    private static partial Regex IssueNumber();
}
