using PostMortemFlow.Functions.Intake;
using PostMortemFlow.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace PostMortemFlow.Functions.Tests.Hostile;

/// <summary>
/// A burst of the same alert group from many senders at once (an Alertmanager HA pair and its retries) is taken
/// whole: every delivery answered 2xx and counted once on the one incident. Found by the Functions webhook harness,
/// where 32 concurrent deliveries of one group raced on the record's version and one answered 500 after 20 rounds.
/// </summary>
public sealed class AlertBurstFunctionsTests
{
    private const int Senders = 48;

    [Fact]
    public async Task TheSameAlertFromManySendersAtOnce_IsTakenWhole_EachDeliveryCountedOnce()
    {
        await using var app = await FunctionsApp.StartAsync(new Dictionary<string, string?>());
        var alert = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "alertmanager-resolved.json"));
        var authorization = new Dictionary<string, string> { ["Authorization"] = $"Bearer {FunctionsApp.AlertmanagerToken}" };

        // Each sender's copy differs (its own instance label), so each is a delivery of its own, not a replay.
        var answers = await Task.WhenAll(Enumerable.Range(0, Senders).Select(n => Task.Run(() =>
            app.Call.InvokeAsync("POST", "/api/webhooks/alertmanager", r => app.Intake.AlertmanagerAsync(r, app.Client),
                new StringContent(alert.Replace("checkout-1:8080", $"checkout-{n}:8080", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"),
                authorization))));

        Assert.All(answers, a => Assert.Equal(202, a.Status));
        var keys = answers.Select(a => a.Json.GetProperty("incidentKey").GetString()).Distinct().ToList();
        var record = await app.Services.GetRequiredService<IncidentRecords>().GetAsync(Assert.Single(keys)!);
        Assert.Equal(Senders, record.Deliveries);
    }
}
