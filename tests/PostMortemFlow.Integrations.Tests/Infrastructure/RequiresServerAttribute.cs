namespace PostMortemFlow.Integrations.Tests.Infrastructure;

/// <summary>Marks a test class whose <see cref="ServerFactAttribute"/> tests need a server from <see cref="TestServers"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class RequiresServerAttribute(string variable) : Attribute
{
    public string Variable { get; } = variable;
}
