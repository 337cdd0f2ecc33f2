using System.Net;

namespace PostMortemFlow.Server.Tests.Webhooks;

public sealed class ConcurrentDeliveryTests(WebhookServer server) : IClassFixture<WebhookServer>
{
    [Fact]
    public async Task SameAlert_1000ConcurrentDeliveries_StartExactlyOnePostMortem()
    {
        var client = server.CreateClient();
        var body = WebhookServer.Fixture("alertmanager-resolved.json").Replace("HighErrorRate", "StormAlert");

        var answers = await Task.WhenAll(Enumerable.Range(0, 1000).Select(async _ =>
        {
            using var response = await server.PostAlertmanagerAsync(client, body);
            var json = await WebhookServer.ReadJsonAsync(response);
            return (response.StatusCode, Status: json.GetProperty("status").GetString(), Id: json.GetProperty("postmortemId").GetString());
        }));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, a.StatusCode.ToString()));
        Assert.Single(answers, a => a.Status == "started");
        Assert.Equal(999, answers.Count(a => a.Status == "duplicate" && a.StatusCode == HttpStatusCode.OK));
        var id = Assert.Single(answers.Select(a => a.Id).Distinct());
        var postmortems = (await WebhookServer.GetJsonAsync(client, "/api/postmortems")).EnumerateArray().ToList();
        Assert.Equal(id, Assert.Single(postmortems).GetProperty("id").GetString());
        var incidents = (await WebhookServer.GetJsonAsync(client, "/api/incidents")).EnumerateArray().ToList();
        Assert.Equal(1000, Assert.Single(incidents).GetProperty("deliveries").GetInt32() + 999);
    }
}
