using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Tests.Evidence;

public sealed class ImpactProposalTests
{
    private static readonly DateTimeOffset From = new(2025, 2, 9, 10, 5, 0, TimeSpan.Zero);

    private static ComputedImpact Computed(string service, long failed, long? users = null) => new()
    {
        Service = service,
        Source = "prometheus",
        From = From,
        To = From.AddMinutes(30),
        FailedRequests = failed,
        AffectedUsers = users,
        Figures = [new ImpactFigure { Name = "Failed requests", Value = failed.ToString(System.Globalization.CultureInfo.InvariantCulture), Arithmetic = "Σ rate × 15 s", Query = "q", EvidenceRef = $"{service}.json" }],
    };

    [Fact]
    public void Apply_ComputedServices_SumsTheNumbersAndNamesEverySource()
    {
        var impact = ImpactProposal.Apply(new Impact { Description = "Checkout was slow for EU customers." },
            [Computed("api", 1000, users: 40), Computed("web", 500), ImpactCalculator.NotComputed("db", "prometheus", new EvidenceWindow(From, From), "could not compute (down)")]);

        Assert.Equal(1500, impact.FailedRequests);
        Assert.Equal(40, impact.CustomersAffected);
        Assert.StartsWith("Checkout was slow for EU customers.\n\nComputed from the evidence for api, 2025-02-09 10:05 UTC to 2025-02-09 10:35 UTC", impact.Description, StringComparison.Ordinal);
        Assert.Contains("- Failed requests: 1000. Σ rate × 15 s. Query `q` in prometheus, stored as `api.json`.", impact.Description, StringComparison.Ordinal);
        Assert.Contains("stored as `web.json`", impact.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("db", impact.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_Twice_ReplacesItsParagraphAndKeepsWhatThePersonWrote()
    {
        var once = ImpactProposal.Apply(new Impact { Description = "Before." }, [Computed("api", 1000)]);
        var edited = once with { Description = once.Description + "\n\nAfter, written by hand." };

        var twice = ImpactProposal.Apply(edited, [Computed("api", 1200)]);

        Assert.Equal(1200, twice.FailedRequests);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(twice.Description, ImpactProposal.Heading));
        Assert.StartsWith("Before.\n\nAfter, written by hand.\n\nComputed from the evidence", twice.Description, StringComparison.Ordinal);
        Assert.Contains("1200", twice.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_NothingComputed_ChangesNothing()
    {
        var current = new Impact { FailedRequests = 7, CustomersAffected = 3, Description = "As written." };

        Assert.Same(current, ImpactProposal.Apply(current, [ImpactCalculator.NotComputed("api", "prometheus", new EvidenceWindow(From, From), "down")]));
    }

    [Fact]
    public void Apply_NoUsersComputed_KeepsTheCustomersThePersonWrote()
    {
        var impact = ImpactProposal.Apply(new Impact { CustomersAffected = 2000 }, [Computed("api", 10)]);

        Assert.Equal(2000, impact.CustomersAffected);
    }
}
