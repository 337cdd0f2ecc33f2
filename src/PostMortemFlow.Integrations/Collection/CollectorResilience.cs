using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace PostMortemFlow.Integrations.Collection;

/// <summary>
/// The HTTP resilience of every collector, from its own options section: a total timeout of <see cref="CollectorOptions.Timeout"/>
/// around up to <see cref="CollectorOptions.MaxAttempts"/> tries on connection errors, 408, 429 and 5xx, with exponential
/// back-off from <see cref="CollectorOptions.RetryDelay"/>, honouring <c>Retry-After</c>, never waiting longer than
/// <see cref="CollectorOptions.MaxRetryDelay"/>.
/// </summary>
public static class CollectorResilience
{
    public static IHttpClientBuilder AddCollectorResilience<TOptions>(this IHttpClientBuilder builder) where TOptions : CollectorOptions
    {
        builder.AddResilienceHandler("collector", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<TOptions>>().Value;
            var clock = context.ServiceProvider.GetRequiredService<TimeProvider>();
            pipeline.AddTimeout(options.Timeout);
            if (options.MaxAttempts > 1)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxAttempts - 1,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = false,
                    Delay = options.RetryDelay,
                    MaxDelay = options.MaxRetryDelay,
                    ShouldRetryAfterHeader = false,
                    DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, clock) is { } wait
                        ? (TimeSpan?)(wait > options.MaxRetryDelay ? options.MaxRetryDelay : wait)
                        : null),
                });
            }
        });
        return builder;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider clock)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }
        return header?.Date is { } date ? date - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero : null;
    }
}
