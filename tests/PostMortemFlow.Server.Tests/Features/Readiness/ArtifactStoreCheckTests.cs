using System.Net;
using System.Text;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Server.Features.Readiness;

namespace PostMortemFlow.Server.Tests.Features.Readiness;

/// <summary>The artifact store check on Blob storage that is unreachable at first and answers later.</summary>
public sealed class ArtifactStoreCheckTests
{
    private const string Account = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;";

    [Fact]
    public async Task Check_StorageBackAfterAFailedStart_HealthyAgain()
    {
        var storage = new FlakyStorage { Down = true };
        var options = new BlobClientOptions { Transport = new HttpClientTransport(storage), Retry = { MaxRetries = 0 } };
        var store = new BlobArtifactStore(new BlobContainerClient(Account, "evidence", options), new BlobArtifactStoreOptions());
        var check = new ArtifactStoreCheck(store);

        var down = await check.CheckHealthAsync(Context());
        storage.Down = false;
        var back = await check.CheckHealthAsync(Context());

        Assert.Equal(HealthStatus.Unhealthy, down.Status);
        Assert.Equal(HealthStatus.Healthy, back.Status);
    }

    private static HealthCheckContext Context() => new()
    {
        Registration = new HealthCheckRegistration(ReadinessExtensions.ArtifactStore, _ => null!, HealthStatus.Unhealthy, null),
    };

    /// <summary>Refuses every connection while down; then creates the container and lists it empty, as Blob storage answers.</summary>
    private sealed class FlakyStorage : HttpMessageHandler
    {
        public volatile bool Down;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Down)
            {
                throw new HttpRequestException("Connection refused (127.0.0.1:9)");
            }
            var response = request.Method == HttpMethod.Put
                ? new HttpResponseMessage(HttpStatusCode.Created)
                : new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StringContent(
                        """<?xml version="1.0" encoding="utf-8"?><EnumerationResults ServiceEndpoint="http://127.0.0.1:9/devstoreaccount1" ContainerName="evidence"><Blobs /><NextMarker /></EnumerationResults>""",
                        Encoding.UTF8, "application/xml"),
                };
            return Task.FromResult(response);
        }
    }
}
