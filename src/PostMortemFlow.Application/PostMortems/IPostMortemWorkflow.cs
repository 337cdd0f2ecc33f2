using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Application.PostMortems;

/// <summary>
/// The host's workflow engine as the API, the pages and the intake use it: the server's Orleans grains or the Functions app's
/// orchestrations. A command is decided by the one <see cref="PostMortemDecider"/> and durable before the call returns.
/// </summary>
public interface IPostMortemWorkflow
{
    /// <summary>Decides and stores the command; a refusal comes back in <see cref="CommandResult.Rejection"/> and changes nothing.</summary>
    Task<CommandResult> ExecuteAsync(string id, PostMortemCommand command, CancellationToken cancellationToken = default);

    /// <summary>The current state; <see cref="Phase.None"/> when no post-mortem has this id.</summary>
    Task<PostMortemState> GetAsync(string id, CancellationToken cancellationToken = default);
}
