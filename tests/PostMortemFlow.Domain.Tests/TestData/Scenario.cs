using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Tests.TestData;

/// <summary>A named post-mortem for table-driven tests; the name is what the test runner shows.</summary>
public sealed record Scenario(string Name, PostMortem PostMortem)
{
    public override string ToString() => Name;
}
