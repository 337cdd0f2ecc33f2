using System.Text.Json.Nodes;
using PostMortemFlow.Infra.Tests.Support;
using static PostMortemFlow.Infra.Tests.Support.Snapshot;

namespace PostMortemFlow.Infra.Tests;

[Collection(InfraCollection.Name)]
public sealed class OutputsTests(InfraFixture infra)
{
    private static readonly Dictionary<string, string> WebhookOutputs = new()
    {
        ["azureMonitorWebhookUrl"] = "/api/webhooks/azure-monitor",
        ["alertmanagerWebhookUrl"] = "/api/webhooks/alertmanager",
        ["pagerDutyWebhookUrl"] = "/api/webhooks/pagerduty",
    };

    [Fact]
    public void Build_MainTemplate_OutputsTheAppUrlAndTheThreeWebhookUrls()
    {
        var outputs = infra.Template["outputs"]!.AsObject();

        Assert.Equal("string", Text(outputs["appUrl"]!["type"]));
        foreach (var (name, path) in WebhookOutputs)
        {
            Assert.Equal("string", Text(outputs[name]!["type"]));
            Assert.StartsWith($"[format('{{0}}{path}', ", Text(outputs[name]!["value"]), StringComparison.Ordinal);
        }
    }

    [Theory]
    [EitherShape]
    public void Snapshot_EitherShape_WebhookUrlsAreUnderTheAppHost(string shape)
    {
        var snapshot = infra.Snapshot(shape);
        var host = $"format('https://{{0}}', reference('{Id(snapshot.Single("Microsoft.Web/sites"))}', '2025-03-01').defaultHostName)";

        Assert.Equal($"[{host}]", Text(snapshot.Outputs["appUrl"]));
        foreach (var (name, path) in WebhookOutputs)
        {
            Assert.Equal($"[format('{{0}}{path}', {host})]", Text(snapshot.Outputs[name]));
        }
    }

    [Fact]
    public void Build_MainTemplate_NoOutputAtAnyLevelHoldsASecret()
    {
        var secureParameters = infra.Template["parameters"]!.AsObject()
            .Where(parameter => Text(parameter.Value!["type"]).StartsWith("secure", StringComparison.Ordinal))
            .Select(parameter => parameter.Key)
            .ToList();
        Assert.Contains("linksSigningKey", secureParameters);

        var outputs = OutputsOf(infra.Template).ToList();

        Assert.Contains(outputs, output => output.Name == "pagerDutyWebhookUrl");
        Assert.All(outputs, output =>
        {
            Assert.DoesNotMatch("^secure", Text(output.Value["type"]));
            var value = output.Value["value"]!.ToJsonString();
            Assert.DoesNotContain("listKeys", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("list(", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("ConnectionString", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("secretValues", value, StringComparison.Ordinal);
            Assert.All(secureParameters, parameter => Assert.DoesNotContain($"parameters('{parameter}')", value, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Snapshot_EitherShape_NoSecretValueAppearsInTheTemplateOrTheSnapshots()
    {
        var texts = infra.Shapes.Values.Select(shape => shape.SnapshotText).Append(infra.TemplateText).ToList();

        Assert.All(DeploymentShape.SecretValues.Values, secret => Assert.All(texts, text => Assert.DoesNotContain(secret, text, StringComparison.Ordinal)));
    }

    [Theory]
    [EitherShape]
    public void Snapshot_EitherShape_OutputsNothingButUrlsAndNames(string shape)
    {
        var outputs = infra.Snapshot(shape).Outputs.Select(output => output.Key).Order();

        Assert.Equal(
            new[] { "alertmanagerWebhookUrl", "appName", "appUrl", "azureMonitorWebhookUrl", "keyVaultName", "pagerDutyWebhookUrl", "principalId", "storageAccountName" },
            outputs);
    }

    /// <summary>The outputs of the template and of every nested (module) template in it.</summary>
    private static IEnumerable<(string Name, JsonObject Value)> OutputsOf(JsonObject template)
    {
        foreach (var output in template["outputs"]?.AsObject() ?? [])
        {
            yield return (output.Key, output.Value!.AsObject());
        }
        var resources = template["resources"] switch
        {
            JsonObject symbolic => symbolic.Select(resource => resource.Value),
            JsonArray list => list.AsEnumerable(),
            _ => [],
        };
        var deployments = resources.OfType<JsonObject>().Where(resource => Text(resource["type"]) == "Microsoft.Resources/deployments");
        foreach (var nested in deployments.Select(deployment => deployment["properties"]!["template"]!.AsObject()))
        {
            foreach (var output in OutputsOf(nested))
            {
                yield return output;
            }
        }
    }
}
