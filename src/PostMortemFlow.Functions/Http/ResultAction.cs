using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace PostMortemFlow.Functions.Http;

/// <summary>Lets an HTTP function answer with the shared handlers' typed results, exactly as the server writes them.</summary>
public sealed class ResultAction(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);

    public static async Task<IActionResult> From<T>(Task<T> result) where T : IResult => new ResultAction(await result);
}
