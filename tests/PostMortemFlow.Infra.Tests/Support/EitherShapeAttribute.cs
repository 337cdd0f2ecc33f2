using System.Reflection;
using Xunit.Sdk;

namespace PostMortemFlow.Infra.Tests.Support;

/// <summary>Runs a theory once for each deployment shape, passing the shape's name.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class EitherShapeAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        DeploymentShape.All.Select(shape => new object[] { shape.Name });
}
