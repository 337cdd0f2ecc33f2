namespace PostMortemFlow.Functions.Http;

/// <summary>The body of a 202: the command is stored and will be applied; its effect shows on the post-mortem later.</summary>
public sealed record QueuedCommand(string PostMortemId, string CommandId, string Detail)
{
    public string Status => "queued";
}
