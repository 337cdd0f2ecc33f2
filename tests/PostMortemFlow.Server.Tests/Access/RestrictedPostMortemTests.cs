using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Server.Tests.Api;
using PostMortemFlow.Server.Tests.Persistence;
using PostMortemFlow.Server.Tests.TestData;
using PostMortemFlow.Server.Tests.Ui;
using static PostMortemFlow.Server.Tests.Api.ApiJsonBodies;
using PostMortemFlow.Application.Incidents;

namespace PostMortemFlow.Server.Tests.Access;

/// <summary>
/// A restricted post-mortem on the server with Entra sign-in, seen by several users signed in through the provider's code flow:
/// its author, a person it names, a member of a group it names (from the id token's groups claim), and an outsider who gets
/// 404 from every page and API and does not see it in any list.
/// </summary>
public sealed class RestrictedPostMortemTests(OpenIdFlowServerFactory factory) : IClassFixture<OpenIdFlowServerFactory>
{
    private const string Author = "ana@example.com";
    private const string Named = "legal@example.com";
    private const string GroupMember = "sec@example.com";
    private const string Outsider = "eve@example.com";
    private const string SecurityGroup = "6d0c1f3e-5b4a-4c2d-9e8f-7a6b5c4d3e2f";
    private const string Factor = "No alert fired on disk usage of the database hosts.";

    private static readonly DateTimeOffset Tomorrow = DateTimeOffset.UtcNow.AddDays(1);

    /// <summary>A client signed in through the provider's code flow as the user, in those Entra groups.</summary>
    private Task<HttpClient> As(string user, params string[] groups) => factory.SignInAsync(user, groups);

    private static Dictionary<string, object> Restricted(string title) => ApiJsonBodies.Restricted(Declaration(Tomorrow, title), [Named], SecurityGroup);

    private static async Task<string> DeclareAsync(HttpClient client, object body)
    {
        var declared = await client.PostAsync(new Uri("/api/postmortems", UriKind.Relative), Json(body));
        Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
        return (await declared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> WithFactorAsync(HttpClient client, string id)
    {
        await Eventually.ReachAsync(() => client.GetFromJsonAsync<JsonElement>(new Uri($"/api/postmortems/{id}", UriKind.Relative)),
            p => p.GetProperty("phase").GetString() == "TimelineReview", TimeSpan.FromSeconds(20));
        var seed = SeedPostMortem.EndingAt(Tomorrow);
        var draft = SeedPostMortem.AnalysisOf(seed) with
        {
            Analysis = seed.Analysis with { Factors = [new ContributingFactor { Category = FactorCategory.Monitoring, Description = Factor }] },
        };
        var edited = await client.PutAsync(new Uri($"/api/postmortems/{id}/analysis", UriKind.Relative), Json(draft));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        return await edited.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<bool> FindsAsync(HttpClient client, string words, string id) =>
        (await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/library?q={Uri.EscapeDataString(words)}", UriKind.Relative))).GetProperty("hits")
        .EnumerateArray().Any(h => h.GetProperty("id").GetString() == id);

    private static async Task<string[]> IdsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>(new Uri("/api/postmortems", UriKind.Relative))).EnumerateArray().Select(r => r.GetProperty("id").GetString()!)];

    private static async Task<bool> ListsAsync(HttpClient client, string id) =>
        (await client.GetFromJsonAsync<JsonElement>(new Uri("/api/postmortems", UriKind.Relative))).EnumerateArray()
        .Any(r => r.GetProperty("id").GetString() == id);

    [Fact]
    public async Task Outsider_GetsNotFoundFromEveryPageAndApi_ItsPeopleAndGroupMembersSeeIt()
    {
        var author = await As(Author);
        var id = await DeclareAsync(author, Restricted("Customer records exposed"));
        await WithFactorAsync(author, id);

        var outsider = await As(Outsider, "another-group");
        string[] routes =
        [
            $"/api/postmortems/{id}", $"/api/postmortems/{id}/report.md", $"/api/postmortems/{id}/report.html",
            $"/postmortems/{id}", $"/postmortems/{id}/timeline", $"/postmortems/{id}/evidence", $"/postmortems/{id}/analysis",
            $"/postmortems/{id}/report", $"/postmortems/{id}/follow-through",
            $"/api/postmortems/{id}/comments", $"/api/postmortems/{id}/changes", $"/api/postmortems/{id}/versions/1",
            $"/postmortems/{id}/discussion", $"/postmortems/{id}/changes",
        ];
        foreach (var route in routes)
        {
            Assert.True(HttpStatusCode.NotFound == (await outsider.GetAsync(new Uri(route, UriKind.Relative))).StatusCode, route);
        }
        foreach (var reader in new[] { author, await As(Named), await As(GroupMember, SecurityGroup.ToUpperInvariant()) })
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri($"/api/postmortems/{id}", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri($"/postmortems/{id}/analysis", UriKind.Relative))).StatusCode);
        }
        var view = await author.GetFromJsonAsync<JsonElement>(new Uri($"/api/postmortems/{id}", UriKind.Relative));
        Assert.True(view.GetProperty("restricted").GetBoolean());
        Assert.Equal(Named, view.GetProperty("restriction").GetProperty("people")[0].GetString());
    }

    [Fact]
    public async Task Outsider_CannotChangeIt_EveryCommandIsNotFound_AndNothingChanges()
    {
        var author = await As(Author);
        var id = await DeclareAsync(author, Restricted("Personnel matter"));
        var before = await Eventually.ReachAsync(() => author.GetFromJsonAsync<JsonElement>(new Uri($"/api/postmortems/{id}", UriKind.Relative)),
            p => p.GetProperty("phase").GetString() == "TimelineReview", TimeSpan.FromSeconds(20));
        var outsider = await As(Outsider);

        var cancel = await outsider.PostAsync(new Uri($"/api/postmortems/{id}/cancel", UriKind.Relative), Json(new { reason = "nosy" }));
        var open = await outsider.PutAsync(new Uri($"/api/postmortems/{id}/visibility", UriKind.Relative), Json(new { restricted = false }));
        // The form needs the outsider's own anti-forgery token, from a page they can see.
        var home = await outsider.GetStringAsync(new Uri("/", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(home, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        var page = await outsider.PostAsync(new Uri($"/postmortems/{id}/timeline?handler=Visibility", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["restricted"] = "false", ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.Equal("application/problem+json", cancel.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var after = await author.GetFromJsonAsync<JsonElement>(new Uri($"/api/postmortems/{id}", UriKind.Relative));
        // The outbox may have moved on meanwhile (review e-mails sent); nothing the outsider asked for happened.
        Assert.Equal(before.GetProperty("phase").GetString(), after.GetProperty("phase").GetString());
        Assert.True(after.GetProperty("restricted").GetBoolean());
        Assert.DoesNotContain(after.GetProperty("history").EnumerateArray(), h => h.GetProperty("by").GetString() == Outsider);
    }

    [Fact]
    public async Task Outsider_DoesNotSeeItInTheListsInsightsOrLibrary_UntilItsAuthorOpensIt_WhichTheHistoryRecords()
    {
        var author = await As(Author);
        var id = await DeclareAsync(author, Restricted("Payment card data in logs"));
        await WithFactorAsync(author, id);
        var outsider = await As(Outsider);
        await Eventually.ReachAsync(() => ListsAsync(author, id), listed => listed, TimeSpan.FromSeconds(10));

        Assert.False(await ListsAsync(outsider, id));
        Assert.DoesNotContain("Payment card data in logs", await outsider.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("Payment card data in logs", await author.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        Assert.True(await ListsAsync(await As(GroupMember, SecurityGroup), id));
        var matches = $"/api/insights/factor-matches?category=Monitoring&text={Uri.EscapeDataString(Factor)}";
        Assert.DoesNotContain(id, await outsider.GetStringAsync(new Uri(matches, UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains(id, await author.GetStringAsync(new Uri(matches, UriKind.Relative)), StringComparison.Ordinal);
        var outsiderCount = (await outsider.GetFromJsonAsync<JsonElement>(new Uri("/api/insights", UriKind.Relative))).GetProperty("postMortems").GetInt32();
        var authorCount = (await author.GetFromJsonAsync<JsonElement>(new Uri("/api/insights", UriKind.Relative))).GetProperty("postMortems").GetInt32();
        // Every restricted post-mortem of this class's tests is the author's: the outsider's insights count none of them.
        var hidden = (await IdsAsync(author)).Except(await IdsAsync(outsider)).ToList();
        Assert.Contains(id, hidden);
        Assert.Equal(authorCount - hidden.Count, outsiderCount);
        Assert.DoesNotContain("Payment card data in logs", await outsider.GetStringAsync(new Uri("/insights", UriKind.Relative)), StringComparison.Ordinal);
        await Eventually.ReachAsync(() => FindsAsync(author, "disk usage database hosts", id), found => found, TimeSpan.FromSeconds(10));
        Assert.True(await FindsAsync(await As(GroupMember, SecurityGroup), "disk usage database hosts", id));
        Assert.False(await FindsAsync(outsider, "disk usage database hosts", id));
        Assert.False(await FindsAsync(outsider, "payment card", id));
        Assert.DoesNotContain("Payment card data in logs", await outsider.GetStringAsync(new Uri("/library?q=payment+card", UriKind.Relative)), StringComparison.Ordinal);

        var opened = await author.PutAsync(new Uri($"/api/postmortems/{id}/visibility", UriKind.Relative), Json(new { restricted = false }));

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var last = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("history").EnumerateArray().Last();
        Assert.Equal((Author, "visible to everyone"), (last.GetProperty("by").GetString(), last.GetProperty("note").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync(new Uri($"/api/postmortems/{id}", UriKind.Relative))).StatusCode);
        await Eventually.ReachAsync(() => ListsAsync(outsider, id), listed => listed, TimeSpan.FromSeconds(10));
        // Opened but still a draft: the library shows a draft to its own people only.
        Assert.False(await FindsAsync(outsider, "payment card", id));
    }

    [Fact]
    public async Task Outsider_DoesNotSeeTheIncidentItWasDeclaredFor_InTheIncidentList()
    {
        var author = await As(Author);
        var id = await DeclareAsync(author, Restricted("Leaked credentials"));
        var incidents = factory.Services.GetRequiredService<IIncidentCatalog>();
        await incidents.UpsertAsync(new IncidentSummary("alertmanager:leak", IncidentSource.Alertmanager, "CredentialLeak", "critical",
            PostMortemFlow.Domain.Intake.IncidentStatus.Firing, true, id, Tomorrow, null, 1, Tomorrow));
        await incidents.UpsertAsync(new IncidentSummary("alertmanager:other", IncidentSource.Alertmanager, "DiskFull", "warning",
            PostMortemFlow.Domain.Intake.IncidentStatus.Firing, false, null, Tomorrow, null, 1, Tomorrow));
        await Eventually.ReachAsync(() => ListsAsync(author, id), listed => listed, TimeSpan.FromSeconds(10));

        async Task<string[]> KeysAsync(HttpClient client) => [.. (await client.GetFromJsonAsync<JsonElement>(new Uri("/api/incidents", UriKind.Relative)))
            .EnumerateArray().Select(i => i.GetProperty("key").GetString()!)];

        Assert.Contains("alertmanager:leak", await KeysAsync(author));
        var seen = await KeysAsync(await As(Outsider));
        Assert.DoesNotContain("alertmanager:leak", seen);
        Assert.Contains("alertmanager:other", seen);
    }

    [Fact]
    public async Task Restricting_SoThatYouWouldLoseIt_IsRefusedNamingTheField()
    {
        var outsiderDeclares = await (await As(Outsider)).PostAsync(new Uri("/api/postmortems", UriKind.Relative), Json(Restricted("Not mine")));
        var author = await As(Author);
        var id = await DeclareAsync(author, Declaration(Tomorrow, "Open for now"));
        var byReader = await (await As(Outsider)).PutAsync(new Uri($"/api/postmortems/{id}/visibility", UriKind.Relative),
            Json(new { restricted = true, people = new[] { Named } }));
        var blank = await author.PutAsync(new Uri($"/api/postmortems/{id}/visibility", UriKind.Relative), Json(new { restricted = true, people = new[] { " " } }));
        var unsaid = await author.PutAsync(new Uri($"/api/postmortems/{id}/visibility", UriKind.Relative), Json(new { people = new[] { Named } }));

        foreach (var (response, field) in new[] { (outsiderDeclares, "restriction.people"), (byReader, "restriction.people"), (blank, "people"), (unsaid, "restricted") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem}");
        }
        var view = await author.GetFromJsonAsync<JsonElement>(new Uri($"/api/postmortems/{id}", UriKind.Relative));
        Assert.False(view.GetProperty("restricted").GetBoolean());
    }

    [Fact]
    public async Task WeeklyDigest_OfAnotherPostMortem_DoesNotNameARestrictedOne_FromTheServersOwnList()
    {
        var catalog = factory.Services.GetRequiredService<IPostMortemCatalog>();
        var published = Tomorrow.AddDays(2);
        PostMortemState Published(string id, string title, Restriction? restriction) => new()
        {
            Id = id, Phase = Phase.Tracking, PublishedAt = published, Restriction = restriction,
            PostMortem = new PostMortem
            {
                Title = title, Authors = [Author],
                Incident = new Incident { Id = id, StartedAt = Tomorrow, EndedAt = Tomorrow.AddHours(1), AffectedServices = ["orders-db"] },
                Analysis = new Analysis { Factors = [new ContributingFactor { Category = FactorCategory.Monitoring, Description = Factor }] },
                ActionItems = [new ActionItem { Id = "AI-001", Action = "Alert on disk usage", Owner = Author, Category = FactorCategory.Monitoring }],
            },
        };
        var mine = Published("pm-digest-open", "Disk full", null);
        await catalog.UpsertAsync(PostMortemSummary.From(mine));
        await catalog.UpsertAsync(PostMortemSummary.From(Published("pm-digest-secret", "Customer data leak", new Restriction { People = [Named] })));
        await catalog.UpsertAsync(PostMortemSummary.From(Published("pm-digest-shared", "Disk full again", null)));
        var digest = new OutboxEntry
        {
            Id = "email:weekly:1", Kind = EffectKind.SendEmail,
            Email = new EmailMessage { Purpose = EmailPurpose.WeeklyDigest, To = [Author], Subject = "Weekly review", Body = "1 open\n" },
        };

        await factory.Services.GetRequiredService<IEffectDispatcher>().ExecuteAsync(digest, mine, default);

        var eml = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(factory.DataPath, "*.eml", SearchOption.AllDirectories),
            f => Path.GetFileName(Path.GetDirectoryName(f)) == "pm-digest-open"));
        Assert.Contains("pm-digest-shared", eml, StringComparison.Ordinal);
        Assert.DoesNotContain("pm-digest-secret", eml, StringComparison.Ordinal);
        Assert.DoesNotContain("Customer data leak", eml, StringComparison.Ordinal);
    }
}
