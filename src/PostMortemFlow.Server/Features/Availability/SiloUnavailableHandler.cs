using Microsoft.AspNetCore.Diagnostics;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace PostMortemFlow.Server.Features.Availability;

/// <summary>
/// While a node of the cluster is down and not yet evicted, a call to a grain it hosted fails inside Orleans. That is
/// not the caller's fault and not lasting: answer 503 with <c>Retry-After</c>, which webhook senders and browsers honour,
/// instead of a 500. Anything else goes on to the default handling.
/// </summary>
public sealed class SiloUnavailableHandler(IProblemDetailsService problems, ILogger<SiloUnavailableHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnavailable(exception))
        {
            return false;
        }
        logger.LogWarning("A grain call failed while the cluster recovers ({Error}); answering 503.", exception.GetType().Name);
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Temporarily unavailable",
                Detail = $"A node of the cluster is being replaced; try again in {RetryAfterSeconds} seconds.",
            },
        });
    }

    public static bool IsUnavailable(Exception exception) => exception switch
    {
        SiloUnavailableException or OrleansMessageRejectionException or ConnectionFailedException or TimeoutException => true,
        AggregateException { InnerExceptions: var inner } => inner.Any(IsUnavailable),
        { InnerException: { } inner } => IsUnavailable(inner),
        _ => false,
    };
}
