namespace PostMortemFlow.Integrations.Tests.Architecture.Knot.Loop;

/// <summary>The other half of the deliberate cycle: it reaches back only from inside a method body.</summary>
public static class Bight
{
    public static int Turns() => Func().Invoke();

    private static Func<int> Func() => () => Knot.Rope.Length() > 100 ? 0 : 1;
}
