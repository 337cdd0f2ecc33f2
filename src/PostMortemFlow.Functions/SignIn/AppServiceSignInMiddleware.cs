using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Options;
using PostMortemFlow.Functions.Workflow;

namespace PostMortemFlow.Functions.SignIn;

/// <summary>Runs <see cref="AppServiceSignIn"/> before every HTTP function when <c>Functions:SignIn</c> is <see cref="FunctionsSignIn.AppService"/>.</summary>
public sealed class AppServiceSignInMiddleware(IOptions<FunctionsWorkflowOptions> options) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (options.Value.SignIn == FunctionsSignIn.AppService && context.GetHttpContext() is { } http && !await AppServiceSignIn.ApplyAsync(http))
        {
            return;
        }
        await next(context);
    }
}
