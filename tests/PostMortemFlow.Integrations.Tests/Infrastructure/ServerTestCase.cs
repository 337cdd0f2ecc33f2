using Xunit.Abstractions;
using Xunit.Sdk;

namespace PostMortemFlow.Integrations.Tests.Infrastructure;

public sealed class ServerTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ServerTestCase()
    {
    }

    public ServerTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(diagnostics, display, options, testMethod)
    {
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute)
    {
        var variables = factAttribute.GetConstructorArguments().OfType<string[]>().SelectMany(v => v)
            .Concat(TestMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresServerAttribute)).Select(a => a.GetConstructorArguments().OfType<string>().First()));
        return TestServers.SkipReason(variables) ?? base.GetSkipReason(factAttribute);
    }
}
