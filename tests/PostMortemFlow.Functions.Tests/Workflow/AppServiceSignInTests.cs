using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Functions.SignIn;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Functions.Workflow;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Functions.Tests.Workflow;

/// <summary>
/// With App Service authentication the Functions app knows its callers from the principal the platform forwards: a restricted
/// post-mortem is hidden from who is not one of its people, anonymous calls to the people's API get 401, webhooks stay open.
/// </summary>
public sealed class AppServiceSignInTests
{
    private const string Group = "6d0c1f3e-5b4a-4c2d-9e8f-7a6b5c4d3e2f";

    /// <summary>The header as App Service writes it for an Entra ID user: the token's claims, each once per value.</summary>
    private static Dictionary<string, string> SignedIn(string user, params string[] groups) => new()
    {
        [AppServicePrincipal.Header] = Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            name_typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
            role_typ = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
            claims = new[] { new { typ = "preferred_username", val = user }, new { typ = "name", val = "Someone" } }
                .Concat(groups.Select(g => new { typ = "groups", val = g })),
        }))),
    };

    [Fact]
    public void Read_TheForwardedPrincipal_IsTheSignedInUserWithTheirGroups_AnUnreadableOneIsNobody()
    {
        var user = AppServicePrincipal.Read(SignedIn("ana@example.com", Group)[AppServicePrincipal.Header])!;

        Assert.True(user.Identity!.IsAuthenticated);
        Assert.Equal("ana@example.com", user.FindFirst("preferred_username")!.Value);
        Assert.Equal(Group, user.FindFirst("groups")!.Value);
        Assert.Null(AppServicePrincipal.Read("not base64!"));
        Assert.Null(AppServicePrincipal.Read(Convert.ToBase64String("{\"claims\":[]}"u8)));
        Assert.Null(AppServicePrincipal.Read(null));
    }

    [Fact]
    public async Task Restricted_BehindAppServiceSignIn_OutsiderGets404_GroupMemberSeesIt_AnonymousGets401_WebhooksStayOpen()
    {
        await using var app = await FunctionsApp.StartAsync(new Dictionary<string, string?>());
        var workflow = app.Services.GetRequiredService<DurableEngine>().Workflow(app.Client);
        const string id = "pm-app-service";
        var draft = TestStates.Draft(DateTimeOffset.UtcNow.AddDays(1));
        Assert.Null((await workflow.ExecuteAsync(id, new DeclarePostMortem(id, draft, [], new Restriction { Groups = [Group] }))).Rejection);
        await app.UntilAsync(id, s => s.Phase == Phase.TimelineReview);
        Task<FunctionAnswer> Get(Dictionary<string, string>? headers) =>
            app.Call.InvokeAsync("GET", $"/api/postmortems/{id}", r => app.PostMortems.GetAsync(r, app.Client, id), headers: headers, appServiceSignIn: true);

        var outsider = await Get(SignedIn("eve@example.com", "another-group"));
        var member = await Get(SignedIn("sec@example.com", Group));
        var anonymous = await Get(null);
        var webhook = await app.Call.InvokeAsync("POST", "/api/webhooks/alertmanager", r => app.Intake.AlertmanagerAsync(r, app.Client),
            JsonContent.Create(new { }), appServiceSignIn: true);

        Assert.Equal(404, outsider.Status);
        Assert.Equal(200, member.Status);
        Assert.Equal(401, anonymous.Status);
        Assert.Contains("signed-in user", anonymous.Body, StringComparison.Ordinal);
        // The webhook answers its own check (its bearer token is missing), not the sign-in's.
        Assert.DoesNotContain("signed-in user", webhook.Body, StringComparison.Ordinal);
        Assert.Contains("credentials are missing or wrong", webhook.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppServiceSignIn_WithThePlatformsAuthenticationOff_RefusesToStart()
    {
        await using var app = await FunctionsApp.StartAsync(new Dictionary<string, string?> { ["Functions:SignIn"] = "AppService" });

        var failure = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<FunctionsWorkflowOptions>>().Value);

        Assert.Contains("WEBSITE_AUTH_ENABLED", failure.Message, StringComparison.Ordinal);
    }
}
