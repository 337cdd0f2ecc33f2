using PostMortemFlow.Integrations.Tests.Architecture;
using PostMortemFlow.Server.Features.PostMortems;

namespace PostMortemFlow.Server.Tests.Architecture;

/// <summary>
/// The grains and the pages work through the application's ports (<c>PostMortemFlow.Application</c>), not through the
/// HTTP project: of <c>PostMortemFlow.Api</c> only the server's own endpoint mappings, and the endpoints whose requests a
/// page serves, are used.
/// </summary>
public sealed class HostBoundaryTests
{
    [Fact]
    public void GrainsAndPages_UseNoApiType_ButTheEndpointsWhoseRequestsTheyServe()
    {
        var graph = NamespaceGraph.Read(typeof(PostMortemGrain).Assembly.Location, "PostMortemFlow");

        var uses = graph.Edges()
            .Where(e => e.From.StartsWith("PostMortemFlow.Server.Features", StringComparison.Ordinal) && e.To.StartsWith("PostMortemFlow.Api", StringComparison.Ordinal))
            .SelectMany(e => e.Because)
            .ToList();

        Assert.Contains(graph.Edges(), e => e.From == "PostMortemFlow.Server.Features.PostMortems" && e.To == "PostMortemFlow.Application.PostMortems");
        static bool IsEndpoint(string type) => type.EndsWith("Endpoint", StringComparison.Ordinal) || type.EndsWith("Endpoints", StringComparison.Ordinal);
        var beyondEndpoints = uses.Select(use => use.Split(" uses ")).Where(pair => !IsEndpoint(pair[0]) && !IsEndpoint(pair[1]))
            .Select(pair => $"{pair[0]} uses {pair[1]}").ToList();
        Assert.True(beyondEndpoints.Count == 0, string.Join(Environment.NewLine, beyondEndpoints));
    }
}
