namespace PostMortemFlow.Functions.Workflow;

/// <summary>The names the orchestration, its activities and its event go by in the task hub; changing one strands running instances.</summary>
public static class WorkflowNames
{
    public const string Orchestration = "PostMortemOrchestration";
    public const string LoadSettings = "LoadWorkflowSettings";
    public const string RunEffect = "RunEffect";
    public const string PublishView = "PublishView";
    public const string ReadInbox = "ReadInbox";

    /// <summary>The one external event: a command for the decider, wrapped in a <see cref="CommandEnvelope"/>.</summary>
    public const string CommandEvent = "command";
}
