using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using Octokit;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Publishing;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Integrations.GitHub;

/// <summary>
/// Action items as GitHub issues (one repository per service), and their status read back for the weekly sync.
/// Each issue body ends with a hidden marker holding the idempotency key; before creating, the repository's
/// post-mortem issues updated since publishing are searched for it, so a retry after a lost answer finds the
/// issue instead of opening a second one.
/// </summary>
public sealed class GitHubTicketClient : ITicketTracker, ITicketStatusSource, ITicketCommenter
{
    private const string Label = "post-mortem";
    private readonly GitHubClient _github;
    private readonly GitHubTicketClientOptions _options;
    private readonly IReviewLinkIssuer _links;

    public GitHubTicketClient(IOptions<GitHubTicketClientOptions> options, IReviewLinkIssuer links)
    {
        _options = options.Value;
        _links = links;
        _github = new GitHubClient(new ProductHeaderValue("PostMortemFlow"), new Uri(_options.BaseUrl))
        {
            Credentials = new Credentials(_options.Token, AuthenticationType.Bearer),
        };
    }

    public async Task<string> CreateTicketAsync(PostMortemState state, ActionItem item, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var (owner, repo) = RepositoryFor(state);
        var marker = TicketText.Marker(idempotencyKey);
        var existing = await Call($"listing issues of {owner}/{repo}", () => _github.Issue.GetAllForRepository(owner, repo, new RepositoryIssueRequest
        {
            State = ItemStateFilter.All,
            Filter = IssueFilter.All,
            Labels = { Label },
            Since = (state.PublishedAt ?? state.DeclaredAt) - TimeSpan.FromDays(1),
        }, new ApiOptions { PageSize = 100 }));
        if (existing.FirstOrDefault(i => i.Body?.Contains(marker, StringComparison.Ordinal) == true) is { } found)
        {
            return found.HtmlUrl;
        }
        var issue = new NewIssue(TicketText.Title(state, item)) { Body = TicketText.MarkdownBody(state, item, _links.PageFor(state.Id), idempotencyKey) };
        issue.Labels.Add(Label);
        if (TicketText.Label(state, item) is { } category)
        {
            issue.Labels.Add(category);
        }
        if (AssigneeFor(item.Owner) is { } login)
        {
            issue.Assignees.Add(login);
        }
        var created = await Call($"creating an issue in {owner}/{repo}", () => _github.Issue.Create(owner, repo, issue));
        return created.HtmlUrl;
    }

    public async Task<ImmutableDictionary<string, ActionItemStatus>> ReadStatusesAsync(PostMortemState state, CancellationToken cancellationToken = default)
    {
        var statuses = ImmutableDictionary.CreateBuilder<string, ActionItemStatus>(StringComparer.Ordinal);
        foreach (var item in state.PostMortem.ActionItems)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IssueOf(item.TrackerLink) is not var (owner, repo, number))
            {
                continue;
            }
            var issue = await Call($"reading issue {owner}/{repo}#{number}", () => _github.Issue.Get(owner, repo, number));
            statuses[item.Id] = issue.State.Value switch
            {
                ItemState.Closed when issue.StateReason?.Value == ItemStateReason.NotPlanned => ActionItemStatus.WontDo,
                ItemState.Closed => ActionItemStatus.Done,
                _ => item.Status == ActionItemStatus.InProgress ? ActionItemStatus.InProgress : ActionItemStatus.Open,
            };
        }
        return statuses.ToImmutable();
    }

    /// <summary>A comment on the item's issue, ending with the key's marker; a comment already carrying it is not repeated.</summary>
    public async Task<bool> CommentAsync(PostMortemState state, ActionItem item, string text, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        if (IssueOf(item.TrackerLink) is not var (owner, repo, number))
        {
            return false;
        }
        var marker = TicketText.Marker(idempotencyKey);
        var comments = await Call($"listing the comments of {owner}/{repo}#{number}",
            () => _github.Issue.Comment.GetAllForIssue(owner, repo, number, new ApiOptions { PageSize = 100 }));
        if (comments.Any(c => c.Body?.Contains(marker, StringComparison.Ordinal) == true))
        {
            return true;
        }
        await Call($"commenting on {owner}/{repo}#{number}", () => _github.Issue.Comment.Create(owner, repo, number, $"{text}\n\n{marker}"));
        return true;
    }

    private (string Owner, string Repo) RepositoryFor(PostMortemState state)
    {
        var repository = state.PostMortem.Incident.AffectedServices
            .Select(s => _options.Repositories.FirstOrDefault(r => string.Equals(r.Key, s, StringComparison.OrdinalIgnoreCase)).Value)
            .FirstOrDefault(r => r is not null) ?? _options.DefaultRepository
            ?? throw new PublishingException($"No GitHub repository is configured for the services {string.Join(", ", state.PostMortem.Incident.AffectedServices)} and there is no GitHub:DefaultRepository.", null, isPermanent: true);
        var parts = repository.Split('/');
        return (parts[0], parts[1]);
    }

    private string? AssigneeFor(string? owner)
    {
        if (string.IsNullOrWhiteSpace(owner))
        {
            return null;
        }
        if (_options.Assignees.FirstOrDefault(a => string.Equals(a.Key, owner, StringComparison.OrdinalIgnoreCase)).Value is { } login)
        {
            return login;
        }
        return owner.StartsWith('@') && owner.Length > 1 && !owner.Contains(' ', StringComparison.Ordinal) ? owner[1..] : null;
    }

    /// <summary>owner/repo/number from an issue's web URL: <c>…/{owner}/{repo}/issues/{number}</c>.</summary>
    private static (string, string, long)? IssueOf(string? link)
    {
        if (link is null || !Uri.TryCreate(link, UriKind.Absolute, out var uri))
        {
            return null;
        }
        var segments = uri.AbsolutePath.Trim('/').Split('/');
        return segments is [.., var owner, var repo, "issues", var number] && long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? (owner, repo, n)
            : null;
    }

    private static async Task<T> Call<T>(string what, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ApiException error)
        {
            var status = (int)error.StatusCode;
            var hint = error.StatusCode switch
            {
                HttpStatusCode.Unauthorized => " The token was refused: check GitHub:Token.",
                HttpStatusCode.Forbidden when error is RateLimitExceededException or SecondaryRateLimitExceededException => " Rate limited; the outbox retries with back-off.",
                HttpStatusCode.Forbidden => " The token lacks access: it needs Issues read/write on the repository.",
                HttpStatusCode.NotFound => " Not found: check the repository in GitHub:Repositories / GitHub:DefaultRepository.",
                HttpStatusCode.Gone => " Issues are disabled on the repository.",
                _ => "",
            };
            var permanent = status is >= 400 and < 500 and not 408 and not 429 && error is not (RateLimitExceededException or SecondaryRateLimitExceededException);
            throw new PublishingException($"GitHub {what} failed: {status} {error.ApiError?.Message ?? error.Message}.{hint}", status, permanent, error);
        }
    }
}
