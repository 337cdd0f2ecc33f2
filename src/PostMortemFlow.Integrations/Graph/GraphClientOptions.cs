using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Drafting;
using PostMortemFlow.Integrations.Settings;

namespace PostMortemFlow.Integrations.Graph;

/// <summary>Settings <c>Graph:*</c>: how to reach Microsoft Graph as this application (app-only, client credentials).</summary>
public sealed class GraphClientOptions
{
    public const string Section = "Graph";

    /// <summary>The Entra ID tenant (directory) id.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's client (application) id; with neither secret nor certificate, the managed identity with this client id.</summary>
    public string? ClientId { get; set; }

    /// <summary>A client secret. Keep it in <c>local.settings.json</c> or the environment, never in source.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>A PFX/PEM certificate file with the private key, instead of a secret.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Use <c>DefaultAzureCredential</c> (managed identity, workload identity, developer sign-in) instead of a secret or certificate.</summary>
    public bool UseDefaultCredential { get; set; }

    /// <summary>The Graph endpoint with its version: national clouds (e.g. <c>https://graph.microsoft.us/v1.0</c>) or a test server.</summary>
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>The mailbox (UPN or id) e-mails are sent from and the follow-up review is organised by.</summary>
    public string? SenderMailbox { get; set; }

    /// <summary>How many times the SDK's retry handler retries a throttled (429) or unavailable (503/504) call before the outbox takes over.</summary>
    public int MaxRetries { get; set; } = 3;

}

/// <summary>
/// Checks <see cref="GraphClientOptions"/> on start when anything uses Graph (publishing, the Teams source, or the
/// people directory); names
/// settings, never their values. The sender mailbox is required only when e-mail or the calendar go through Graph.
/// </summary>
public sealed class GraphClientOptionsValidator(IOptions<PublishingProviders> providers, IOptions<EvidenceOptions> evidence, IOptions<DraftingOptions> drafting)
    : IValidateOptions<GraphClientOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphClientOptions options)
    {
        var failures = new List<string>();
        if (!providers.Value.UsesGraph && !evidence.Value.SourcesToCollect.Contains(Teams.TeamsCollector.SourceName)
            && drafting.Value.PeopleDirectory != PeopleDirectory.Graph)
        {
            return ValidateOptionsResult.Skip;
        }
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("https" or "http"))
        {
            failures.Add("Graph:BaseUrl must be an absolute http(s) URL such as https://graph.microsoft.com/v1.0.");
        }
        if (providers.Value.SendsFromMailbox && string.IsNullOrWhiteSpace(options.SenderMailbox))
        {
            failures.Add("Graph:SenderMailbox is required (the mailbox e-mails are sent from, e.g. postmortems@contoso.com).");
        }
        if (!options.UseDefaultCredential)
        {
            if (string.IsNullOrWhiteSpace(options.ClientId))
            {
                failures.Add("Graph:ClientId is required unless Graph:UseDefaultCredential is true.");
            }
            var hasSecret = !string.IsNullOrWhiteSpace(options.ClientSecret);
            var hasCertificate = !string.IsNullOrWhiteSpace(options.CertificatePath);
            if ((hasSecret || hasCertificate) && string.IsNullOrWhiteSpace(options.TenantId))
            {
                failures.Add("Graph:TenantId is required with Graph:ClientSecret or Graph:CertificatePath.");
            }
            if (hasSecret && hasCertificate)
            {
                failures.Add("Set either Graph:ClientSecret or Graph:CertificatePath, not both.");
            }
            if (hasCertificate && !File.Exists(options.CertificatePath))
            {
                failures.Add("Graph:CertificatePath does not name an existing file.");
            }
        }
        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add("Graph:MaxRetries must be between 0 and 10.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
