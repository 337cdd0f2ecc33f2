using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Library;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Benchmarks;

/// <summary>
/// Generated library entries that read like post-mortems: titles, summaries, root causes, factors with whys, lessons and
/// action items assembled from incident wording with varying services, components and numbers, so the index holds a
/// realistic spread of common and rare words. One in eight is restricted to a group; seven in ten are published.
/// </summary>
public static class LibraryCorpus
{
    public static readonly string[] Services = ["orders-api", "orders-db", "checkout-api", "payments", "search", "identity", "cdn", "notifications",
        "inventory", "shipping", "billing", "recommendations", "maps-tiles", "media-upload", "reporting", "gateway"];

    public static readonly string[] Groups = ["g-security", "g-legal", "g-hr", "g-finance", "g-sre", "g-privacy"];

    private static readonly string[] Components = ["connection pool", "message queue", "cache cluster", "load balancer", "TLS certificate", "DNS record",
        "feature flag", "database replica", "disk volume", "rate limiter", "circuit breaker", "cron job", "config map", "container image",
        "autoscaler", "webhook consumer", "search index", "session store", "object storage bucket", "service mesh sidecar"];

    private static readonly string[] Symptoms = ["timeouts", "5xx errors", "slow responses", "dropped messages", "stale data", "failed logins",
        "duplicate charges", "missing emails", "blank pages", "memory exhaustion", "CPU saturation", "replication lag"];

    private static readonly string[] Causes = ["an expired certificate", "a schema migration", "a configuration change", "a traffic spike",
        "a dependency outage", "a full disk", "an unindexed query", "a noisy neighbour", "a botched rollout", "clock skew", "a retry storm",
        "a leaked file descriptor", "an exhausted connection pool", "a vendor rate limit", "a split brain after failover"];

    private static readonly (FactorCategory Category, string Text)[] Factors =
    [
        (FactorCategory.Monitoring, "No alert fired on {0} saturation of {1} until customers reported {2}."),
        (FactorCategory.Monitoring, "The dashboard for {1} showed averages, which hid the {2} at the 99th percentile."),
        (FactorCategory.Testing, "The load test for {1} ran against a dataset a hundred times smaller than production."),
        (FactorCategory.Testing, "The {0} change was never exercised in staging because staging has no {0}."),
        (FactorCategory.Runbook, "The runbook for {1} described the {0} as it was two years ago."),
        (FactorCategory.Runbook, "Nobody on call knew how to drain the {0} of {1} safely."),
        (FactorCategory.Capacity, "The {0} of {1} was sized for last year's peak traffic."),
        (FactorCategory.Capacity, "Autoscaling of {1} reacted after ten minutes, too slow for the spike."),
        (FactorCategory.ChangeManagement, "The {0} change to {1} went to every region at once without a canary."),
        (FactorCategory.ChangeManagement, "The rollback of {1} needed a manual step that was not documented."),
        (FactorCategory.Dependency, "The upstream provider of {1} timed out and no circuit breaker protected the callers."),
        (FactorCategory.Dependency, "{1} depended on a single {0} with no fallback."),
        (FactorCategory.Communication, "The status page was updated an hour after customers noticed the {2}."),
        (FactorCategory.Communication, "The incident channel for {1} was opened late, so two teams debugged the same {0} apart."),
        (FactorCategory.Other, "The ownership of the {0} of {1} was unclear after the reorganisation."),
    ];

    private static readonly string[] Lessons =
    [
        "Alerts on saturation beat alerts on failure: they fire before customers notice.",
        "A canary region would have limited the blast radius of the {0} change.",
        "Runbooks age; review them when the {0} changes, not once a year.",
        "Test data must be production-sized for the query plans to be the same.",
        "Every dependency needs a timeout, a retry budget and a circuit breaker.",
        "Tell customers early, even before the cause is known.",
    ];

    private static readonly string[] Actions =
    [
        "Alert when the {0} of {1} stays above 80 % for five minutes.",
        "Add a canary stage for {0} changes to {1}.",
        "Rewrite the {1} runbook section on the {0} and rehearse it in a game day.",
        "Seed staging for {1} from an anonymised production snapshot.",
        "Put a circuit breaker in front of every call from {1} to its provider.",
        "Publish status page updates within 15 minutes of declaring an incident on {1}.",
        "Record an owner for the {0} of {1} in the service catalogue.",
    ];

    public static IReadOnlyList<LibraryEntry> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var entries = new List<LibraryEntry>(count);
        for (var i = 0; i < count; i++)
        {
            string Pick(string[] from) => from[random.Next(from.Length)];
            var service = Pick(Services);
            var other = Pick(Services);
            var component = Pick(Components);
            var symptom = Pick(Symptoms);
            var cause = Pick(Causes);
            string Fill(string template) => string.Format(System.Globalization.CultureInfo.InvariantCulture, template, component, service, symptom);
            var factors = Enumerable.Range(0, random.Next(2, 5)).Select(_ => Factors[random.Next(Factors.Length)]).DistinctBy(f => f.Text).ToList();
            var startedAt = start.AddMinutes(random.Next(0, 4 * 365 * 24 * 60));
            var published = random.Next(10) < 7;
            var restricted = random.Next(8) == 0;
            var people = new[] { $"author{random.Next(200)}@example.com", $"reviewer{random.Next(200)}@example.com", "vp@example.com" };
            entries.Add(new LibraryEntry
            {
                Id = $"pm-{i:D5}",
                Title = $"{service} {symptom} caused by {cause} (incident {i})",
                Summary = $"For {random.Next(5, 240)} minutes {service} answered with {symptom}; {other} was degraded too. " +
                    $"The {component} was the first part to show it, and {cause} was found after {random.Next(3, 90)} minutes.",
                RootCause = $"{char.ToUpperInvariant(cause[0])}{cause[1..]} left the {component} of {service} unable to serve requests.",
                Factors = [.. factors.Select(f => Fill(f.Text) + $" Why? Because the {component} had no owner reviewing it.")],
                LessonsLearned = [Fill(Pick(Lessons))],
                ActionItems = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Fill(Pick(Actions)))],
                Services = service == other ? [service] : [service, other],
                Severity = (Severity)random.Next(5),
                Categories = [.. factors.Select(f => f.Category).Distinct().Order()],
                StartedAt = startedAt,
                IsNearMiss = random.Next(10) == 0,
                PublishedAt = published ? startedAt.AddHours(random.Next(4, 60)) : null,
                Phase = published ? Phase.Tracking : Phase.AnalysisReview,
                Audience = new Audience
                {
                    IsRestricted = restricted,
                    People = people,
                    Groups = restricted ? [Pick(Groups)] : [],
                },
            });
        }
        return entries;
    }
}
