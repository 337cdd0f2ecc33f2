using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Server.Features.Evidence;

namespace PostMortemFlow.Integrations.Tests.Server;

public class EvidenceExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddEvidence();
        return builder.Services.BuildServiceProvider();
    }

    [Fact]
    public void AddEvidence_Defaults_RegistersEveryCollectorAndTheLocalStore()
    {
        using var services = Build([]);

        Assert.Equal(["alertmanager", "azuremetrics", "loganalytics", "pagerduty", "prometheus", "teams", "uploads"],
            services.GetServices<IEvidenceCollector>().Select(c => c.Source).Order());
        Assert.IsType<LocalArtifactStore>(services.GetRequiredService<IArtifactStore>());
    }

    [Fact]
    public void AddEvidence_BlobStore_UsesTheConnectionString()
    {
        using var services = Build(new()
        {
            ["Evidence:Store"] = "Blob",
            ["Evidence:Blob:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Evidence:Blob:Container"] = "pmf",
        });

        Assert.IsType<BlobArtifactStore>(services.GetRequiredService<IArtifactStore>());
    }
}
