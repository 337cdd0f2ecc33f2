using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Server.Tests.TestData;

namespace PostMortemFlow.Server.Tests.Ui;

public static class UiData
{
    /// <summary>Both ways script gets into a page: an attribute handler and a script element.</summary>
    public const string Xss = "<img src=x onerror=window.__xss=1><script>window.__xss=1</script>";

    public static object Declaration(string title, DateTimeOffset? end = null, string services = "checkout-api", string author = "ana@example.com",
        string reviewer = "rui@example.com", string? sponsor = null)
    {
        var until = end ?? DateTimeOffset.UtcNow.AddHours(-1);
        return new
        {
            title, severity = "Sev2", services = new[] { services }, startedAt = until.AddHours(-2), endedAt = until,
            authors = new[] { author }, reviewers = new[] { reviewer }, sponsor,
        };
    }

    /// <summary>The seed example's analysis with the payload appended to every free-text field.</summary>
    public static AnalysisDraft HostileAnalysis(PostMortem seed)
    {
        string X(string text) => $"{text} {Xss}";
        return new AnalysisDraft
        {
            Summary = X(seed.Summary),
            Impact = seed.Impact with { Description = X(seed.Impact.Description) },
            RootCause = X(seed.RootCause),
            Analysis = new Analysis
            {
                ImmediateCauses = [.. seed.Analysis.ImmediateCauses.Select(X)],
                Factors = [.. seed.Analysis.Factors.Select(f => f with { Description = X(f.Description), Whys = [.. f.Whys.Select(X), $"@bob forgot to run it {Xss}"] })],
                SystemicIssues = [.. seed.Analysis.SystemicIssues.Select(X)],
            },
            ActionItems = [.. seed.ActionItems.Select(i => i with { Action = X(i.Action), Owner = X(i.Owner ?? "ana") })],
            WhatWentWell = [.. seed.WhatWentWell.Select(X)],
            LessonsLearned = [.. seed.LessonsLearned.Select(X)],
        };
    }

    public static PostMortem Seed(DateTimeOffset end) => SeedPostMortem.EndingAt(end);
}
