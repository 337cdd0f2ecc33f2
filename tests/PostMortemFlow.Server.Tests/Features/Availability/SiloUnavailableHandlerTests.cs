using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Runtime;
using PostMortemFlow.Server.Features.Availability;

namespace PostMortemFlow.Server.Tests.Features.Availability;

public sealed class SiloUnavailableHandlerTests
{
    private static async Task<(bool Handled, HttpContext Http)> HandleAsync(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Response.Body = new MemoryStream();
        var handler = new SiloUnavailableHandler(services.GetRequiredService<IProblemDetailsService>(), NullLogger<SiloUnavailableHandler>.Instance);
        var handled = await handler.TryHandleAsync(http, exception, CancellationToken.None);
        return (handled, http);
    }

    public static TheoryData<Exception> Unavailable() => new()
    {
        new SiloUnavailableException("the silo is dead"),
        new TimeoutException("no answer in 30 s"),
        new AggregateException(new SiloUnavailableException()),
        new InvalidOperationException("wrapped", new SiloUnavailableException()),
    };

    [Theory]
    [MemberData(nameof(Unavailable))]
    public async Task Handle_NodeUnavailable_Answers503WithRetryAfterAndProblemDetails(Exception exception)
    {
        var (handled, http) = await HandleAsync(exception);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("5", http.Response.Headers.RetryAfter.ToString());
        http.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(http.Response.Body);
        Assert.Equal("Temporarily unavailable", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Handle_AnyOtherFailure_IsLeftToTheDefaultHandling()
    {
        var (handled, http) = await HandleAsync(new InvalidOperationException("a bug"));

        Assert.False(handled);
        Assert.Equal(StatusCodes.Status200OK, http.Response.StatusCode);
    }
}
