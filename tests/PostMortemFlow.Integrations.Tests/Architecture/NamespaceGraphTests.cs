namespace PostMortemFlow.Integrations.Tests.Architecture;

public sealed class NamespaceGraphTests
{
    private const string Knot = "PostMortemFlow.Integrations.Tests.Architecture.Knot";

    [Fact]
    public void Cycles_TwoNamespacesReachingEachOtherFromALambda_AreOneCycle()
    {
        var graph = NamespaceGraph.Read(typeof(NamespaceGraphTests).Assembly.Location, Knot);

        var cycle = Assert.Single(graph.Cycles());
        Assert.Equal([Knot, Knot + ".Loop"], cycle);
        Assert.Contains(graph.Edges(), e => e.From == Knot + ".Loop" && e.To == Knot
            && e.Because.Any(b => b.Contains("Bight", StringComparison.Ordinal) && b.Contains("Rope", StringComparison.Ordinal)));
    }

    [Fact]
    public void Cycles_OneDirection_AreNone()
    {
        var graph = NamespaceGraph.Read(typeof(NamespaceGraphTests).Assembly.Location, Knot + ".Loop");

        Assert.Empty(graph.Cycles());
        Assert.Equal([Knot + ".Loop"], graph.Namespaces);
    }
}
