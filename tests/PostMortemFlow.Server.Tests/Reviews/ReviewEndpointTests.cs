using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Domain.Reviews;
using PostMortemFlow.Server.Features.Reviews;
using PostMortemFlow.Server.Tests.Api;

namespace PostMortemFlow.Server.Tests.Reviews;

public sealed class ReviewEndpointTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private ReviewLinks Links => factory.Services.GetRequiredService<ReviewLinks>();

    [Fact]
    public async Task Review_SignedLink_RedirectsToThePostMortemStep()
    {
        var url = Links.UrlFor("pm-20250209-1a2b", "rui@example.com", ReviewPurpose.AnalysisReview);

        var response = await _client.GetAsync(url.PathAndQuery);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/postmortems/pm-20250209-1a2b?step=AnalysisReview", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Review_TamperedLink_Is401WithAClearProblem()
    {
        var token = Links.UrlFor("pm-20250209-1a2b", "rui@example.com", ReviewPurpose.Approval).Segments[^1];
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes("pm-other|eve@example.com|Approval|9999999999")).TrimEnd('=') + token[token.IndexOf('.', StringComparison.Ordinal)..];

        var response = await _client.GetAsync($"/review/{forged}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not valid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void SigningKey_Embedded_IsGeneratedOnceAndKeptPrivate()
    {
        var key = Path.Combine(factory.DataPath, "keys", "review-links.key");
        _ = Links;

        Assert.True(File.Exists(key));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
        }
    }
}
