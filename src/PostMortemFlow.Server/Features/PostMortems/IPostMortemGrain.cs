using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Server.Features.PostMortems;

/// <summary>One post-mortem's workflow, keyed by the post-mortem id. Every external event is a call here.</summary>
public interface IPostMortemGrain : IGrainWithStringKey
{
    /// <summary>Decides the command, persists the result before answering, then runs the outbox in the background.</summary>
    Task<CommandResult> Execute(PostMortemCommand command);

    /// <summary>The current state; <see cref="Phase.None"/> when no post-mortem has this id.</summary>
    Task<PostMortemState> GetState();

    /// <summary>Writes its list row and library entry again from its state, for post-mortems stored before the lists kept them.</summary>
    Task Relist();
}
