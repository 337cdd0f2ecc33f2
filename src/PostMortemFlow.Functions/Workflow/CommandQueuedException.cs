namespace PostMortemFlow.Functions.Workflow;

/// <summary>
/// A command was stored and raised but its orchestration did not answer in time (no worker was running, or it was busy).
/// It is not lost: the orchestration applies it from its inbox when it next runs. Callers answer 202, not an error.
/// </summary>
public sealed class CommandQueuedException(string postMortemId, string commandId, TimeSpan waited)
    : TimeoutException($"Post-mortem {postMortemId} did not answer within {waited.TotalSeconds:0} s; the command is queued and will be applied when it next runs.")
{
    public string PostMortemId { get; } = postMortemId;

    public string CommandId { get; } = commandId;
}
