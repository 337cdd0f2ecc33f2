using System.Web;
using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Identity;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.Graph;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Publishing.Tests.Graph;

/// <summary>The people directory through the real Graph SDK against the fake cloud's <c>/users</c>.</summary>
public sealed class GraphPeopleDirectoryTests : IAsyncLifetime
{
    private GraphFixture _graph = null!;

    public async Task InitializeAsync()
    {
        _graph = await GraphFixture.StartAsync();
        _graph.Cloud.AddUser("Sam Rivera", "Sam", "srivera@contoso.example", "sam.rivera@contoso.example");
        _graph.Cloud.AddUser("Lee Wong", "Lee", "lee.wong@contoso.example");
        _graph.Cloud.AddUser("Lee Park", "Lee", "lpark@contoso.example", "lee.park@contoso.example");
        _graph.Cloud.AddUser("Dana O'Neil", "Dana", "doneil@contoso.example", "dana.oneil@contoso.example");
    }

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    private GraphPeopleDirectory Directory() => new(_graph.Connection);

    [Fact]
    public async Task Find_OneUser_IsTheMatch_ByDisplayNameOrSignInName_WithTheAppToken()
    {
        var byName = await Directory().FindAsync("Sam Rivera");
        var byHandle = await Directory().FindAsync("@srivera");
        var quoted = await Directory().FindAsync("Dana O'Neil");

        Assert.Equal(("Sam Rivera", "sam.rivera@contoso.example", "Sam Rivera in the directory"), (byName.Actor, byName.Address, byName.Note));
        Assert.Equal("sam.rivera@contoso.example", byHandle.Address);
        Assert.Equal("dana.oneil@contoso.example", quoted.Address);
        var request = _graph.Cloud.Matching("GET", "^/v1.0/users$")[0];
        var query = HttpUtility.ParseQueryString(request.Query);
        Assert.Equal("displayName eq 'Sam Rivera' or givenName eq 'Sam Rivera' or mailNickname eq 'Sam Rivera' or startswith(userPrincipalName,'Sam Rivera@')", query["$filter"]);
        Assert.Equal(("displayName,mail,userPrincipalName", "5"), (query["$select"], query["$top"]));
        Assert.StartsWith("Bearer ", request.Authorization, StringComparison.Ordinal);
        Assert.Contains("displayName eq 'Dana O''Neil'", HttpUtility.ParseQueryString(_graph.Cloud.Matching("GET", "^/v1.0/users$")[2].Query)["$filter"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_SeveralOrNone_IsNoMatch_AndSaysWhich_TheSignInNameStandsInForAMissingMail()
    {
        var several = await Directory().FindAsync("Lee");
        var none = await Directory().FindAsync("tony");
        var withoutMail = await Directory().FindAsync("Lee Wong");

        Assert.Equal((null, "2 people in the directory match Lee"), (several.Address, several.Note));
        Assert.Equal((null, "no one in the directory is called tony"), (none.Address, none.Note));
        Assert.Equal("lee.wong@contoso.example", withoutMail.Address);
    }

    [Fact]
    public async Task Find_RefusedPermission_IsAnAnswerNamingThePermission_ButADirectoryThatStaysDown_IsRetriedByTheOutbox()
    {
        _graph.Cloud.Fail("GET", "^/v1.0/users$", 403);
        var refused = await Directory().FindAsync("Sam Rivera");
        _graph.Cloud.Fail("GET", "^/v1.0/users$", 503);
        using var withoutRetries = new GraphConnection(Options.Create(new GraphClientOptions { ClientId = "app", BaseUrl = _graph.Cloud.GraphUrl, MaxRetries = 0 }),
            new AzureCredentials(_graph.Credential, _graph.Credential));

        Assert.Null(refused.Address);
        Assert.Contains("403", refused.Note, StringComparison.Ordinal);
        Assert.Contains("grant User.Read.All", refused.Note, StringComparison.Ordinal);
        var down = await Assert.ThrowsAsync<PublishingException>(() => new GraphPeopleDirectory(withoutRetries).FindAsync("Sam Rivera"));
        Assert.False(down.IsPermanent);
    }
}
