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
    /// <summary>Declares the sample post-mortem (ending tomorrow) and waits until it has settled; its id.</summary>
    public static async Task<string> DeclareAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/api/postmortems", ApiJsonBodies.Json(ApiJsonBodies.Declaration(DateTimeOffset.UtcNow.AddDays(1))));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await WaitAsync(client, id);
        return id;
    }

    public static Task<JsonElement> WaitAsync(HttpClient client, string id) =>
        Eventually.ReachAsync(() => client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}"),
            v => v.GetProperty("phase").GetString() == "TimelineReview" && v.GetProperty("outbox").GetArrayLength() == 0, TimeSpan.FromSeconds(30));
}
