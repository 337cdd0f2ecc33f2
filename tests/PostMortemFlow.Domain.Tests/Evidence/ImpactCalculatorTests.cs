using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Tests.Evidence;

public sealed class ImpactCalculatorTests
{
    private static readonly DateTimeOffset Start = new(2025, 2, 9, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(60);

    /// <summary>One series sampled every minute from 10:00 (inclusive) with the given per-second rates.</summary>
    private static MetricSeries Rates(params double[] perSecond) =>
        new(new Dictionary<string, string>(), [.. perSecond.Select((v, i) => new MetricSample(Start + Step * i, v))]);

    private static ImpactInputs Inputs(MetricSeries[] failed, MetricSeries[]? total = null, ImpactSlo? slo = null) => new()
    {
        Service = "api",
        Source = "prometheus",
        Span = new EvidenceWindow(Start, Start + Step * 4),
        Step = Step,
        Failed = new ImpactQueryAnswer("failed-query", "postmortems/pm-1/evidence/prometheus/api-impact-failed.json", failed),
        Total = total is null ? null : new ImpactQueryAnswer("total-query", "postmortems/pm-1/evidence/prometheus/api-impact-total.json", total),
        Slo = slo,
    };

    [Fact]
    public void Compute_RatesOverTheSpan_SumsRateTimesStepForSamplesAfterTheStartUpToTheEnd()
    {
        // 10:00 is the first symptom itself (its sample stands for the minute before), 10:05 is past the recovery.
        var impact = ImpactCalculator.Compute(Inputs([Rates(100, 1, 2, 3, 4, 100)]));

        Assert.Equal((1 + 2 + 3 + 4) * 60, impact.FailedRequests);
        Assert.Null(impact.TotalRequests);
        var figure = Assert.Single(impact.Figures);
        Assert.Equal(("Failed requests", "600"), (figure.Name, figure.Value));
        Assert.Equal("Σ failed requests/s × 60 s over 4 samples, 10:00:00–10:04:00 UTC", figure.Arithmetic);
        Assert.Equal(("failed-query", "postmortems/pm-1/evidence/prometheus/api-impact-failed.json"), (figure.Query, figure.EvidenceRef));
    }

    [Fact]
    public void Compute_SeveralSeries_AddsThemPerSample()
    {
        var impact = ImpactCalculator.Compute(Inputs([Rates(0, 1, 1, 1, 1), Rates(0, 2, 2, 2, 2)]));

        Assert.Equal(12 * 60, impact.FailedRequests);
    }

    [Fact]
    public void Compute_WithTotalAndSlo_GivesShareThePeakMinutesBelowAndTheBudgetArithmetic()
    {
        var impact = ImpactCalculator.Compute(Inputs(
            failed: [Rates(0, 0.5, 10, 40, 0.5)],
            total: [Rates(100, 100, 100, 100, 100)],
            slo: new ImpactSlo(0.99, TimeSpan.FromDays(30))));

        Assert.Equal(51 * 60, impact.FailedRequests);
        Assert.Equal(400 * 60, impact.TotalRequests);
        Assert.Equal(51.0 / 400, impact.FailedShare!.Value, 12);
        Assert.Equal((0.4, Start + Step * 3), (impact.PeakErrorRatio, impact.PeakAt));
        // 10 % and 40 % errors are below 99 % success; 0.5 % is not.
        Assert.Equal(2, impact.MinutesBelowSlo);
        // budget = 1 % of 100 requests/s over 30 days = 2,592,000 requests
        Assert.Equal(3060 / 2_592_000.0, impact.BudgetBurned!.Value, 12);
        Assert.Equal(["Failed requests", "Peak error rate", "Minutes below the SLO", "Error budget burned"], impact.Figures.Select(f => f.Name));
        Assert.Equal("3,060 (12.8 % of 24,000)", impact.Figures[0].Value);
        Assert.Equal("40.0 % at 10:03:00 UTC", impact.Figures[1].Value);
        Assert.Equal("2 min below 99 %", impact.Figures[2].Value);
        Assert.Equal("0.1 % of the 30-day budget", impact.Figures[3].Value);
        Assert.Equal("budget = (1 − 0.99) × 100 requests/s (the span's average) × 30-day = 2,592,000 requests; burned = 3,060 / 2,592,000",
            impact.Figures[3].Arithmetic);
        Assert.All(impact.Figures.Skip(1), f => Assert.Equal("total-query", f.Query));
    }

    [Fact]
    public void Compute_NoRequestsAtAll_GivesNoShareAndNoPeak()
    {
        var impact = ImpactCalculator.Compute(Inputs([Rates(0, 0, 0, 0, 0)], [Rates(0, 0, 0, 0, 0)], new ImpactSlo(0.999, TimeSpan.FromDays(30))));

        Assert.Equal((0L, 0L), (impact.FailedRequests, impact.TotalRequests));
        Assert.Null(impact.FailedShare);
        Assert.Null(impact.PeakErrorRatio);
        Assert.Null(impact.BudgetBurned);
    }

    [Fact]
    public void Compute_NaNAndNegativeSamples_AreLeftOut()
    {
        var impact = ImpactCalculator.Compute(Inputs([Rates(0, double.NaN, -5, double.PositiveInfinity, 2)]));

        Assert.Equal(120, impact.FailedRequests);
    }

    [Fact]
    public void Compute_AffectedUsers_AreAFigureWithTheirQuery()
    {
        var impact = ImpactCalculator.Compute(Inputs([Rates(0, 1)]) with { Users = (1234, "users-query", "users.json") });

        Assert.Equal(1234, impact.AffectedUsers);
        var users = impact.Figures[^1];
        Assert.Equal(("Affected users", "1,234", "users-query", "users.json"), (users.Name, users.Value, users.Query, users.EvidenceRef));
    }

    [Fact]
    public void NotComputed_KeepsTheReasonAndNoNumbers()
    {
        var impact = ImpactCalculator.NotComputed("api", "prometheus", new EvidenceWindow(Start, Start + Step), "could not compute (connection refused)");

        Assert.Equal("could not compute (connection refused)", impact.NotComputed);
        Assert.Null(impact.FailedRequests);
        Assert.Empty(impact.Figures);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-0.5)]
    public void Compute_SloTargetOutsideZeroToOne_GivesNoSloFigures(double target)
    {
        var impact = ImpactCalculator.Compute(Inputs([Rates(0, 1)], [Rates(0, 10)], new ImpactSlo(target, TimeSpan.FromDays(30))));

        Assert.Null(impact.MinutesBelowSlo);
        Assert.DoesNotContain(impact.Figures, f => f.Name.Contains("SLO", StringComparison.Ordinal) || f.Name.Contains("budget", StringComparison.Ordinal));
    }
}
