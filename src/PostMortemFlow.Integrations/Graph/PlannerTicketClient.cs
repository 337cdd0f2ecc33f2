using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Publishing;
using PostMortemFlow.Domain.Workflow;
using ActionItem = PostMortemFlow.Domain.Model.ActionItem;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Integrations.Graph;

/// <summary>
/// Action items as Microsoft Planner tasks (a plan and bucket per service), and their completion read back for the
/// weekly sync. The task is titled <c>AI-001: &lt;action&gt;</c>; its description (the task's details) links the
/// post-mortem and ends with the line <c>postmortemflow:{key}</c>.
/// </summary>
/// <remarks>
/// <para>
/// Planner has no idempotency key, and a task is made in two calls (create the task, then PATCH its details with the
/// details' etag). Before creating, the bucket's tasks are listed; those titled <c>AI-001:</c> are candidates, and
/// one whose description carries the marker is the task. A candidate with exactly our title, created since
/// publishing and with an empty description is a create whose answer was lost before the details were written: it
/// is adopted and its details completed. So a retry never makes a second task.
/// </para>
/// <para>
/// The create is retried inside one attempt only on 429 (Planner did not take it); a 5xx may mean the task exists,
/// so it goes back to the outbox, whose next attempt lists the bucket first.
/// </para>
/// <para>
/// The returned link is the task's Graph resource URL (<c>{Graph:BaseUrl}/planner/tasks/{id}</c>): stable, and what
/// the status sync reads back. Planner has no web link for a task in the API; people find it by its title.
/// </para>
/// </remarks>
public sealed class PlannerTicketClient(
    GraphConnection graph,
    IOptions<PlannerTicketClientOptions> options,
    IReviewLinkIssuer links,
    ILogger<PlannerTicketClient> logger) : ITicketTracker, ITicketStatusSource
{
    private const string Permission = "Tasks.ReadWrite.All";
    private const string EtagProperty = "@odata.etag";
    private const int DetailsAttempts = 3;

    private readonly PlannerTicketClientOptions _options = options.Value;

    /// <summary>
    /// Planner's priority (0–10; the app shows 1 urgent, 3 important, 5 medium, 9 low) for a post-mortem priority.
    /// High is "important", not "urgent": urgent is left for people to choose, as an action item is planned work.
    /// No priority leaves Planner's default (medium).
    /// </summary>
    public static int? PriorityOf(ActionPriority? priority) => priority switch
    {
        ActionPriority.High => 3,
        ActionPriority.Medium => 5,
        ActionPriority.Low => 9,
        _ => null,
    };

    /// <summary>The due date: the end of the deadline's day in UTC.</summary>
    public static DateTimeOffset? DueOf(DateOnly? deadline) =>
        deadline is { } day ? new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero) : null;

    /// <summary>(planId, bucketId) from a <c>planId/bucketId</c> setting, or null when it is not that shape.</summary>
    public static (string PlanId, string BucketId)? PlanAndBucket(string? setting) =>
        setting?.Split('/', StringSplitOptions.TrimEntries) is [{ Length: > 0 } plan, { Length: > 0 } bucket] ? (plan, bucket) : null;

    public async Task<string> CreateTicketAsync(PostMortemState state, ActionItem item, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var (planId, bucketId) = PlanFor(state);
        var marker = TicketText.PlainMarker(idempotencyKey);
        var assignee = AssigneeFor(item.Owner);
        var note = assignee is null && !string.IsNullOrWhiteSpace(item.Owner)
            ? $"Not assigned in Planner: the owner {item.Owner} has no Entra ID user in Planner:Assignees."
            : null;
        var description = TicketText.PlainTextBody(state, item, links.PageFor(state.Id), idempotencyKey, note);
        var since = (state.PublishedAt ?? state.DeclaredAt) - TimeSpan.FromDays(1);

        var taskId = await FindAsync(bucketId, state, item, marker, since, cancellationToken)
            ?? await CreateAsync(planId, bucketId, state, item, assignee, cancellationToken);
        await WriteDetailsAsync(taskId, description, marker, cancellationToken);
        return LinkFor(taskId);
    }

    public async Task<ImmutableDictionary<string, ActionItemStatus>> ReadStatusesAsync(PostMortemState state, CancellationToken cancellationToken = default)
    {
        var statuses = ImmutableDictionary.CreateBuilder<string, ActionItemStatus>(StringComparer.Ordinal);
        foreach (var item in state.PostMortem.ActionItems)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TaskIdOf(item.TrackerLink) is not { } taskId)
            {
                continue;
            }
            var task = await GraphErrors.Call($"reading Planner task {taskId}", Permission, async () =>
            {
                try
                {
                    return await graph.Client.Planner.Tasks[taskId].GetAsync(cancellationToken: cancellationToken);
                }
                catch (ApiException error) when (error.ResponseStatusCode == (int)HttpStatusCode.NotFound)
                {
                    return null;
                }
            });
            if (task is null)
            {
                logger.LogWarning("The Planner task of action item {ActionItem} of {PostMortem} is gone (deleted?); its status is left as it is.", item.Id, state.Id);
                continue;
            }
            statuses[item.Id] = task.PercentComplete switch
            {
                >= 100 => ActionItemStatus.Done,
                > 0 => ActionItemStatus.InProgress,
                _ => item.Status == ActionItemStatus.InProgress ? ActionItemStatus.InProgress : ActionItemStatus.Open,
            };
        }
        return statuses.ToImmutable();
    }

    /// <summary>The task id from a link this client returned: <c>…/planner/tasks/{id}</c>.</summary>
    public static string? TaskIdOf(string? link)
    {
        if (link is null || !Uri.TryCreate(link, UriKind.Absolute, out var uri))
        {
            return null;
        }
        return uri.AbsolutePath.TrimEnd('/').Split('/') is [.., "planner", "tasks", { Length: > 0 } id] ? Uri.UnescapeDataString(id) : null;
    }

    private string LinkFor(string taskId) => $"{graph.Options.BaseUrl.TrimEnd('/')}/planner/tasks/{Uri.EscapeDataString(taskId)}";

    private async Task<string?> FindAsync(string bucketId, PostMortemState state, ActionItem item, string marker, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var prefix = $"{item.Id}:";
        var title = TicketText.Title(state, item);
        var candidates = new List<PlannerTask>();
        var page = await GraphErrors.Call($"listing the tasks of Planner bucket {bucketId} (Planner:Plans / Planner:DefaultPlan)", Permission,
            () => graph.Client.Planner.Buckets[bucketId].Tasks.GetAsync(cancellationToken: cancellationToken));
        while (page is not null)
        {
            candidates.AddRange((page.Value ?? []).Where(t => t.Id is not null && t.Title?.StartsWith(prefix, StringComparison.Ordinal) == true));
            if (page.OdataNextLink is not { } next)
            {
                break;
            }
            page = await GraphErrors.Call($"listing the tasks of Planner bucket {bucketId} (Planner:Plans / Planner:DefaultPlan)", Permission,
                () => graph.Client.Planner.Buckets[bucketId].Tasks.WithUrl(next).GetAsync(cancellationToken: cancellationToken));
        }

        string? unfinished = null;
        foreach (var candidate in candidates)
        {
            var details = await DetailsAsync(candidate.Id!, cancellationToken);
            if (HasMarker(details.Description, marker))
            {
                return candidate.Id;
            }
            if (unfinished is null && string.IsNullOrWhiteSpace(details.Description)
                && string.Equals(candidate.Title, title, StringComparison.Ordinal) && candidate.CreatedDateTime >= since)
            {
                unfinished = candidate.Id;
            }
        }
        return unfinished;
    }

    private async Task<string> CreateAsync(string planId, string bucketId, PostMortemState state, ActionItem item, string? assignee, CancellationToken cancellationToken)
    {
        var request = new PlannerTask
        {
            PlanId = planId,
            BucketId = bucketId,
            Title = TicketText.Title(state, item),
            DueDateTime = DueOf(item.Deadline),
            Priority = PriorityOf(item.Priority),
        };
        if (assignee is not null)
        {
            request.Assignments = new PlannerAssignments
            {
                AdditionalData = new Dictionary<string, object>
                {
                    [assignee] = new PlannerAssignment { OdataType = "#microsoft.graph.plannerAssignment", OrderHint = " !" },
                },
            };
        }
        var created = await GraphErrors.Call($"creating a task in Planner plan {planId} (Planner:Plans / Planner:DefaultPlan)", Permission, () =>
            graph.Client.Planner.Tasks.PostAsync(request, config => config.Options.Add(new RetryHandlerOption
            {
                MaxRetry = graph.Options.MaxRetries,
                ShouldRetry = (_, _, response) => response.StatusCode == HttpStatusCode.TooManyRequests,
            }), cancellationToken));
        return created?.Id ?? throw new PublishingException($"Graph creating a task in Planner plan {planId} answered without a task id.", null, isPermanent: false);
    }

    /// <summary>Writes the description unless it is already there. Planner refuses a PATCH without the current etag (If-Match), and answers 412 when it changed meanwhile.</summary>
    private async Task WriteDetailsAsync(string taskId, string description, string marker, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= DetailsAttempts; attempt++)
        {
            var details = await DetailsAsync(taskId, cancellationToken);
            if (HasMarker(details.Description, marker))
            {
                return;
            }
            var etag = EtagOf(details)
                ?? throw new PublishingException($"Graph reading the details of Planner task {taskId} answered without an etag.", null, isPermanent: false);
            var update = new PlannerTaskDetails { Description = description, PreviewType = PlannerPreviewType.Description };
            try
            {
                await graph.Client.Planner.Tasks[taskId].Details.PatchAsync(update, config => config.Headers.Add("If-Match", etag), cancellationToken);
                return;
            }
            catch (ApiException error) when (error.ResponseStatusCode == (int)HttpStatusCode.PreconditionFailed)
            {
                // Someone (or our own earlier, unanswered PATCH) changed the details since we read them: read them again.
                if (attempt == DetailsAttempts)
                {
                    throw new PublishingException($"Graph writing the details of Planner task {taskId} failed: they kept changing (412). The outbox retries.", 412, isPermanent: false, error);
                }
            }
            catch (ApiException error)
            {
                throw GraphErrors.From(error, $"writing the details of Planner task {taskId}", Permission);
            }
        }
    }

    private async Task<PlannerTaskDetails> DetailsAsync(string taskId, CancellationToken cancellationToken) =>
        await GraphErrors.Call($"reading the details of Planner task {taskId}", Permission,
            () => graph.Client.Planner.Tasks[taskId].Details.GetAsync(cancellationToken: cancellationToken))
        ?? throw new PublishingException($"Graph reading the details of Planner task {taskId} answered nothing.", null, isPermanent: false);

    private static bool HasMarker(string? description, string marker) =>
        description?.Split('\n').Any(line => string.Equals(line.Trim(), marker, StringComparison.Ordinal)) == true;

    private static string? EtagOf(PlannerTaskDetails details) =>
        details.AdditionalData.TryGetValue(EtagProperty, out var value)
            ? value switch
            {
                string text => text,
                UntypedString untyped => untyped.GetValue(),
                _ => value?.ToString(),
            }
            : null;

    private (string PlanId, string BucketId) PlanFor(PostMortemState state)
    {
        var setting = state.PostMortem.Incident.AffectedServices
            .Select(s => _options.Plans.FirstOrDefault(p => string.Equals(p.Key, s, StringComparison.OrdinalIgnoreCase)).Value)
            .FirstOrDefault(p => p is not null) ?? _options.DefaultPlan
            ?? throw new PublishingException($"No Planner plan is configured for the services {string.Join(", ", state.PostMortem.Incident.AffectedServices)} and there is no Planner:DefaultPlan.", null, isPermanent: true);
        return PlanAndBucket(setting)
            ?? throw new PublishingException("A Planner plan setting is not planId/bucketId: check Planner:Plans and Planner:DefaultPlan.", null, isPermanent: true);
    }

    private string? AssigneeFor(string? owner)
    {
        if (string.IsNullOrWhiteSpace(owner))
        {
            return null;
        }
        var trimmed = owner.Trim();
        string[] keys = trimmed.StartsWith('@') ? [trimmed, trimmed[1..]] : [trimmed, "@" + trimmed];
        return keys
            .Select(k => _options.Assignees.FirstOrDefault(a => string.Equals(a.Key, k, StringComparison.OrdinalIgnoreCase)).Value)
            .FirstOrDefault(id => !string.IsNullOrWhiteSpace(id));
    }
}
