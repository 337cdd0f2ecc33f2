namespace PostMortemFlow.Server.Tests.Workflow;

[CollectionDefinition(Name)]
public sealed class WorkflowClusterCollection : ICollectionFixture<WorkflowClusterFixture>
{
    public const string Name = "workflow cluster";
}
