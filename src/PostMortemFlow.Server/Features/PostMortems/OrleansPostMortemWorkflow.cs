using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Server.Features.PostMortems;

/// <summary>The server's workflow engine for the HTTP surface: one <see cref="IPostMortemGrain"/> per post-mortem.</summary>
public sealed class OrleansPostMortemWorkflow(IGrainFactory grains) : IPostMortemWorkflow
{
    public Task<CommandResult> ExecuteAsync(string id, PostMortemCommand command, CancellationToken cancellationToken = default) =>
        grains.GetGrain<IPostMortemGrain>(id).Execute(command);

    public Task<PostMortemState> GetAsync(string id, CancellationToken cancellationToken = default) =>
        grains.GetGrain<IPostMortemGrain>(id).GetState();
}
