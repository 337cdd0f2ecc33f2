using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PostMortemFlow.Functions.Workflow;

namespace PostMortemFlow.Functions.Http;

/// <summary>Lets an HTTP function answer with the shared handlers' typed results, exactly as the server writes them.</summary>
public sealed class ResultAction(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);

    /// <summary>The handler's result; a command left queued (its orchestration did not answer in time) is 202 with where to look.</summary>
    public static async Task<IActionResult> From<T>(Task<T> result) where T : IResult
    {
        try
        {
            return new ResultAction(await result);
        }
        catch (CommandQueuedException queued)
        {
            return new ResultAction(TypedResults.Accepted($"/api/postmortems/{Uri.EscapeDataString(queued.PostMortemId)}",
                new QueuedCommand(queued.PostMortemId, queued.CommandId, queued.Message)));
        }
    }
}
