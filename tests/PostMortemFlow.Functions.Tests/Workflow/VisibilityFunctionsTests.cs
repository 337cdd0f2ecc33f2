using System.Net.Http.Json;
using System.Security.Claims;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Functions.Tests.Workflow;

/// <summary>The Functions app's HTTP functions hide a restricted post-mortem from a signed-in principal who is not one of its people, as the server does.</summary>
public sealed class VisibilityFunctionsTests
{
    private static ClaimsPrincipal User(string name) => new(new ClaimsIdentity([new Claim("preferred_username", name)], "test"));

    [Fact]
    public async Task Restricted_AnOutsiderGets404AndNoListRow_ItsPeopleSeeIt_AndOpeningItIsInTheHistory()
    {
        await using var app = await FunctionsApp.StartAsync(new Dictionary<string, string?>());
        const string id = "pm-restricted";
        var draft = TestStates.Draft(DateTimeOffset.UtcNow.AddDays(1));
        var author = User(draft.Authors[0]);
        var outsider = User("eve@example.com");
        await app.DeclareAsync(id, draft, new Restriction { People = ["legal@example.com"] });

        Task<FunctionAnswer> Get(ClaimsPrincipal user) => app.Call.InvokeAsync("GET", $"/api/postmortems/{id}", r => app.PostMortems.GetAsync(r, app.Client, id), user: user);
        Task<FunctionAnswer> List(ClaimsPrincipal user) => app.Call.InvokeAsync("GET", "/api/postmortems", r => app.PostMortems.ListAsync(r), user: user);
        static bool Lists(FunctionAnswer answer) => answer.Json.EnumerateArray().Any(r => r.GetProperty("id").GetString() == id);

        Assert.Equal(404, (await Get(outsider)).Status);
        Assert.Equal(200, (await Get(User("LEGAL@example.com"))).Status);
        Assert.True(Lists(await List(author)));
        Assert.False(Lists(await List(outsider)));
        var cancel = await app.Call.InvokeAsync("POST", $"/api/postmortems/{id}/cancel", r => app.PostMortems.CancelAsync(r, app.Client, id),
            JsonContent.Create(new { reason = "nosy" }), user: outsider);
        Assert.Equal(404, cancel.Status);

        var opened = await app.Call.InvokeAsync("PUT", $"/api/postmortems/{id}/visibility", r => app.PostMortems.ChangeVisibilityAsync(r, app.Client, id),
            JsonContent.Create(new { restricted = false }), user: author);

        Assert.Equal(200, opened.Status);
        var state = await app.UntilAsync(id, s => s.Restriction is null);
        Assert.Equal((draft.Authors[0], "visible to everyone"), (state.History[^1].By, state.History[^1].Note));
        Assert.NotEqual(Phase.Cancelled, state.Phase);
        Assert.Equal(200, (await Get(outsider)).Status);
    }
}
