using Microsoft.Extensions.Options;

namespace PostMortemFlow.Integrations.GitHub;

/// <summary>Settings <c>GitHub:*</c>: where action items become issues and who they are assigned to.</summary>
public sealed class GitHubTicketClientOptions
{
    public const string Section = "GitHub";

    /// <summary>A fine-grained token with Issues read/write on the repositories (push access, or labels and assignees are dropped).</summary>
    public string? Token { get; set; }

    /// <summary><c>https://github.com</c>, or a GitHub Enterprise Server URL (Octokit adds <c>/api/v3/</c>).</summary>
    public string BaseUrl { get; set; } = "https://github.com";

    /// <summary>owner/repo per affected service (<c>GitHub:Repositories:&lt;service&gt;</c>).</summary>
    public Dictionary<string, string> Repositories { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>owner/repo for post-mortems whose services have no repository of their own.</summary>
    public string? DefaultRepository { get; set; }

    /// <summary>GitHub login per action item owner as written in the post-mortem (<c>GitHub:Assignees:&lt;owner&gt;</c>).</summary>
    public Dictionary<string, string> Assignees { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Checks <see cref="GitHubTicketClientOptions"/> on start; names settings, never their values.</summary>
public sealed class GitHubTicketClientOptionsValidator : IValidateOptions<GitHubTicketClientOptions>
{
    public ValidateOptionsResult Validate(string? name, GitHubTicketClientOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            failures.Add("GitHub:Token is required when Tickets:Provider is GitHub.");
        }
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("https" or "http"))
        {
            failures.Add("GitHub:BaseUrl must be an absolute http(s) URL.");
        }
        if (string.IsNullOrWhiteSpace(options.DefaultRepository) && options.Repositories.Count == 0)
        {
            failures.Add("GitHub:DefaultRepository or at least one GitHub:Repositories:<service> is required.");
        }
        foreach (var (key, repository) in options.Repositories.Append(new("DefaultRepository", options.DefaultRepository ?? "x/y")))
        {
            if (repository.Split('/') is not [{ Length: > 0 }, { Length: > 0 }])
            {
                failures.Add($"GitHub repository for '{key}' must be owner/repo.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
