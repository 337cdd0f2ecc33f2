using System.Net.Http.Json;
using System.Text.Json;
using PostMortemFlow.Server.Tests.Persistence;

namespace PostMortemFlow.Server.Tests.Api;

/// <summary>
/// Waits until a just-declared post-mortem stops changing on its own (collecting done, review e-mails sent), so a test
/// can tell its own command's effect, or a refusal's lack of one, from the workflow's.
/// </summary>
public static class SettledPostMortem
{
    public static Task<JsonElement> WaitAsync(HttpClient client, string id) =>
        Eventually.ReachAsync(() => client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}"),
            v => v.GetProperty("phase").GetString() == "TimelineReview" && v.GetProperty("outbox").GetArrayLength() == 0, TimeSpan.FromSeconds(30));
}
