using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Integrations.Tests.Architecture;

/// <summary>The core's namespaces depend in one direction, so a change to rendering never reaches into the rules.</summary>
public sealed class NamespaceCyclesTests
{
    [Fact]
    public void Domain_Namespaces_FormNoCycle()
    {
        var graph = NamespaceGraph.Read(typeof(PostMortemDecider).Assembly.Location, "PostMortemFlow.Domain");

        Assert.True(graph.Namespaces.Count > 10, "the graph read the Domain's namespaces");
        Assert.True(graph.Cycles().Count == 0, Describe(graph));
    }

    [Fact]
    public void Integrations_Namespaces_FormNoCycle()
    {
        var graph = NamespaceGraph.Read(typeof(EffectDispatcher).Assembly.Location, "PostMortemFlow.Integrations");

        Assert.True(graph.Namespaces.Count > 10, "the graph read the Integrations' namespaces");
        Assert.True(graph.Cycles().Count == 0, Describe(graph));
    }

    [Fact]
    public void Application_Namespaces_FormNoCycle_AndReachNoHostNorAdapter()
    {
        var graph = NamespaceGraph.Read(typeof(Application.PostMortems.IPostMortemWorkflow).Assembly.Location, "PostMortemFlow");

        Assert.True(graph.Namespaces.Count(n => n.StartsWith("PostMortemFlow.Application.", StringComparison.Ordinal)) >= 4, "the graph read the Application's namespaces");
        Assert.True(graph.Cycles().Count == 0, Describe(graph));
        Assert.DoesNotContain(graph.Edges(), e => e.To.StartsWith("PostMortemFlow.Integrations", StringComparison.Ordinal) || e.To.StartsWith("PostMortemFlow.Api", StringComparison.Ordinal));
    }

    private static string Describe(NamespaceGraph graph) =>
        string.Join(Environment.NewLine + Environment.NewLine, graph.Cycles().Select(cycle => string.Join(Environment.NewLine,
            graph.Edges()
                .Where(e => cycle.Contains(e.From) && cycle.Contains(e.To))
                .Select(e => $"{e.From} → {e.To}: {string.Join("; ", e.Because)}"))));
}
