using System.Globalization;
using System.Net.Http.Json;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Functions.Tests.Workflow;

/// <summary>The Functions app refuses a stale <c>If-Match</c> edit with 412 as the server does: the orchestration's decider checks the version.</summary>
public sealed class OptimisticConcurrencyFunctionsTests
{
    [Fact]
    public async Task StaleIfMatch_Is412_AndTheOtherEditStays()
    {
        await using var app = await FunctionsApp.StartAsync(new Dictionary<string, string?>());
        const string id = "pm-concurrency";
        await app.DeclareAsync(id, TestStates.Draft(DateTimeOffset.UtcNow.AddDays(1)));
        var seen = (await app.UntilAsync(id, s => s.Outbox.IsEmpty)).Version;
        Task<FunctionAnswer> Put(string text, long version) => app.Call.InvokeAsync("PUT", $"/api/postmortems/{id}/timeline",
            r => app.PostMortems.EditTimelineAsync(r, app.Client, id),
            JsonContent.Create(new { entries = new[] { new { time = "2025-02-09T10:05:00Z", @event = text, source = "prometheus" } }, by = "rui@example.com" }),
            headers: new Dictionary<string, string> { ["If-Match"] = $"\"{version.ToString(CultureInfo.InvariantCulture)}\"" });

        var first = await Put("ana's row", seen);
        var second = await Put("rui's row", seen);

        Assert.Equal(200, first.Status);
        Assert.Equal(412, second.Status);
        Assert.Equal(seen + 1, second.Json.GetProperty("currentVersion").GetInt64());
        Assert.Equal("ana's row", (await app.StateAsync(id)).PostMortem.Timeline[0].Event);
        Assert.Equal("EditTimeline", Assert.Single(second.Json.GetProperty("changes").EnumerateArray()).GetProperty("command").GetString());

        var changes = await app.Call.InvokeAsync("GET", $"/api/postmortems/{id}/changes", r => app.PostMortems.ChangesAsync(r, app.Client, id));
        var earlier = await app.Call.InvokeAsync("GET", $"/api/postmortems/{id}/versions/{seen}",
            r => app.PostMortems.VersionAsync(r, app.Client, id, seen.ToString(CultureInfo.InvariantCulture)));
        var restore = await app.Call.InvokeAsync("POST", $"/api/postmortems/{id}/restore", r => app.PostMortems.RestoreAsync(r, app.Client, id),
            JsonContent.Create(new { version = seen, part = "Timeline", by = "mei@example.com" }));

        Assert.Equal(seen + 1, Assert.Single(changes.Json.GetProperty("changes").EnumerateArray()).GetProperty("version").GetInt64());
        Assert.NotEqual("ana's row", earlier.Json.GetProperty("postMortem").GetProperty("timeline")[0].GetProperty("event").GetString());
        Assert.Equal(200, restore.Status);
        Assert.NotEqual("ana's row", (await app.StateAsync(id)).PostMortem.Timeline[0].Event);
        Assert.Equal("mei@example.com", (await app.StateAsync(id)).Changes[^1].By);
    }
}
