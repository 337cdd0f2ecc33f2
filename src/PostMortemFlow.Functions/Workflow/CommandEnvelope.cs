using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Functions.Workflow;

/// <summary>A command on its way to a post-mortem's orchestration, with the id its caller waits for the result under.</summary>
/// <param name="Inbox">Where the command waits in the inbox until it has been applied.</param>
/// <param name="IncidentKey">Set when an incident handed the command on, so a refusal is noted on the incident.</param>
public sealed record CommandEnvelope(string CommandId, PostMortemCommand Command, string Inbox, string? IncidentKey = null);
