using PostMortemFlow.Integrations.Tests.Architecture.Knot.Loop;

namespace PostMortemFlow.Integrations.Tests.Architecture.Knot;

/// <summary>Half of a deliberate namespace cycle, so the graph's cycle finding is itself tested.</summary>
public static class Rope
{
    public static int Length() => Bight.Turns() + 1;
}
