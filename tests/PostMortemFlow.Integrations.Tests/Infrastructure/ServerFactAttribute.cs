using Xunit.Sdk;

namespace PostMortemFlow.Integrations.Tests.Infrastructure;

/// <summary>
/// A fact that needs the servers named here or by <see cref="RequiresServerAttribute"/> on the (derived) test class,
/// so an abstract contract test runs against the local store always and against Azurite when it is there.
/// </summary>
[XunitTestCaseDiscoverer("PostMortemFlow.Integrations.Tests.Infrastructure.ServerFactDiscoverer", "PostMortemFlow.Integrations.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ServerFactAttribute(params string[] variables) : FactAttribute
{
    public string[] Variables { get; } = variables;
}
