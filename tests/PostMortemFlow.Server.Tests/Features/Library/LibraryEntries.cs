using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Library;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Server.Tests.Features.Library;

/// <summary>Library entries for the index tests, as <see cref="LibraryEntry.From"/> would make them.</summary>
public static class LibraryEntries
{
    public static readonly DateTimeOffset Start = new(2025, 2, 9, 10, 5, 0, TimeSpan.Zero);

    public static LibraryEntry PoolExhaustion(string id = "pm-pool", int days = 0) => new()
    {
        Id = id,
        Title = "Orders API degradation from database connection pool exhaustion",
        Summary = "The orders API answered 12 % of requests with 5xx errors while the <b>pool</b> of 20 connections was exhausted.",
        RootCause = "The order history query ran without an index, so each execution held a connection for seconds.",
        Factors = ["The connection pool had no headroom for slow queries.", "The release load test ran on a dataset too small to expose the missing index."],
        LessonsLearned = ["Connection pools need their own alerts."],
        ActionItems = ["Alert when pool usage stays above 80 % for 5 minutes."],
        Services = ["orders-api", "orders-db"],
        Severity = Severity.Sev2,
        Categories = [FactorCategory.Testing, FactorCategory.Capacity],
        StartedAt = Start.AddDays(days),
        PublishedAt = Start.AddDays(days + 1),
        Phase = Phase.Tracking,
        Audience = new Audience { People = ["sre-team@example.com"] },
    };

    public static LibraryEntry CertificateExpiry(string id = "pm-cert", int days = 10) => new()
    {
        Id = id,
        Title = "Payment confirmations delayed by an expired client certificate",
        Summary = "Webhooks from the payment provider queued for 95 minutes in payments-webhooks.",
        RootCause = "The consumer's TLS client certificate expired and nobody was warned.",
        Factors = ["No alert watched the expiry dates of client certificates."],
        LessonsLearned = ["Certificates expire on a date everyone can know in advance."],
        ActionItems = ["Alert when any certificate expires within 14 days."],
        Services = ["payments-webhooks"],
        Severity = Severity.Sev1,
        Categories = [FactorCategory.Monitoring],
        StartedAt = Start.AddDays(days),
        IsNearMiss = false,
        PublishedAt = null,
        Phase = Phase.AnalysisReview,
        Audience = new Audience { People = ["lena@example.com"] },
    };

    public static LibraryEntry DiskNearMiss(string id = "pm-disk", int days = 20) => new()
    {
        Id = id,
        Title = "Disk nearly full on the search cluster",
        Summary = "Disk usage of the search nodes reached 93 % before a cleanup job ran.",
        RootCause = "Old index snapshots were never deleted.",
        Factors = ["No alert on disk usage of the search hosts."],
        LessonsLearned = ["Retention needs an owner."],
        ActionItems = ["Delete snapshots older than 7 days."],
        Services = ["search"],
        Severity = Severity.Sev4,
        Categories = [FactorCategory.Monitoring],
        StartedAt = Start.AddDays(days),
        IsNearMiss = true,
        PublishedAt = Start.AddDays(days + 2),
        Phase = Phase.Closed,
        Audience = new Audience(),
    };
}
