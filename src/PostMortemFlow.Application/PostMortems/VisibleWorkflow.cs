using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Application.PostMortems;

/// <summary>
/// The workflow as one viewer may use it: a restricted post-mortem they are not one of the people of does not exist for them
/// (its pages and API answer 404, commands are refused as not found), and nobody can restrict a post-mortem so that they lose
/// it themselves. Work that is nobody's request (timers, effects, webhooks) sees <see cref="Viewer.Local"/>, which is let through.
/// </summary>
public sealed class VisibleWorkflow(IPostMortemWorkflow inner, Func<Viewer> viewerOf) : IPostMortemWorkflow
{
    public async Task<PostMortemState> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var state = await inner.GetAsync(id, cancellationToken);
        return Audience.Of(state.PostMortem, state.Restriction).Admits(viewerOf()) ? state : new PostMortemState();
    }

    public async Task<CommandResult> ExecuteAsync(string id, PostMortemCommand command, CancellationToken cancellationToken = default)
    {
        // Refused here too, so an oversized edit is never queued durably for the decider to refuse (the Functions app's inbox).
        if (PostMortemBounds.Problem(command) is var (field, message))
        {
            return new CommandResult { Rejection = new Rejection { Kind = RejectionKind.Invalid, Field = field, Message = message } };
        }
        var viewer = viewerOf();
        // Who may send a command is judged on what it does, whether or not it is made on a known version.
        var act = command is Guarded guarded ? guarded.Command : command;
        if (!viewer.IsSignedIn)
        {
            return await inner.ExecuteAsync(id, command, cancellationToken);
        }
        if (act is DeclarePostMortem { Restriction: { } declared } declaration && !Audience.Of(declaration.Draft, declared).Includes(viewer))
        {
            return LockedOut;
        }
        if (act is ImportPostMortem { Restriction: { } asked } import && !Audience.Of(import.Document, asked).Includes(viewer))
        {
            return LockedOut;
        }
        if (act is not DeclarePostMortem)
        {
            var current = await inner.GetAsync(id, cancellationToken);
            if (!Audience.Of(current.PostMortem, current.Restriction).Admits(viewer))
            {
                return NotFound(id);
            }
            if (act is ChangeVisibility { Restriction: { } restriction } && !Audience.Of(current.PostMortem, restriction).Includes(viewer))
            {
                return LockedOut;
            }
        }
        var result = await inner.ExecuteAsync(id, command, cancellationToken);
        // A repeated declaration answers with the post-mortem already there, which may be one this viewer may not see.
        return Audience.Of(result.State.PostMortem, result.State.Restriction).Admits(viewer) ? result : NotFound(id);
    }

    private static CommandResult NotFound(string id) => new()
    {
        Rejection = new Rejection { Kind = RejectionKind.NotFound, Message = $"No post-mortem {id}." },
    };

    private static readonly CommandResult LockedOut = new()
    {
        Rejection = new Rejection
        {
            Kind = RejectionKind.Invalid, Field = "restriction.people",
            Message = "You would not be able to see it yourself: be one of its authors or reviewers, or name yourself or one of your groups.",
        },
    };
}
