namespace PostMortemFlow.Infra.Tests.Support;

/// <summary>One of the two shapes the template deploys, with the parameters file that selects it.</summary>
public sealed record DeploymentShape(string Name, string ParametersFile, IReadOnlyDictionary<string, string?> Environment)
{
    public const string Serverless = "serverless";
    public const string SelfHosted = "self-hosted";

    /// <summary>The Graph app registration's client ID the self-hosted run passes (the serverless run passes none).</summary>
    public const string GraphClientId = "11111111-2222-3333-4444-555555555555";

    /// <summary>The sign-in app registration's client ID the serverless run passes (App Service authentication).</summary>
    public const string SignInClientId = "66666666-7777-8888-9999-000000000000";

    /// <summary>Both runs deploy the drafting suggestions' Azure OpenAI with this model.</summary>
    public const string DraftingModel = "gpt-4o-mini";

    /// <summary>Distinct values for every secret parameter, to prove that none of them leaks.</summary>
    public static readonly IReadOnlyDictionary<string, string> SecretValues = new Dictionary<string, string>
    {
        ["PMF_LINKS_SIGNING_KEY"] = Convert.ToBase64String("links-signing-key-for-the-infra-tests"u8),
        ["PMF_AZURE_MONITOR_SECRET"] = "azure-monitor-secret-7f3c1d",
        ["PMF_ALERTMANAGER_TOKEN"] = "alertmanager-token-52be90",
        ["PMF_PAGERDUTY_SIGNING_SECRET"] = "pagerduty-signing-secret-c41a77",
        ["PMF_GRAPH_CLIENT_SECRET"] = "graph-client-secret-9d02ee",
        ["PMF_GITHUB_TOKEN"] = "github-token-e6b813",
        ["PMF_PAGERDUTY_API_TOKEN"] = "pagerduty-api-token-1f5a3c",
    };

    public static IReadOnlyList<DeploymentShape> All { get; } =
    [
        new(Serverless, "main.bicepparam", EnvironmentWith(
            "PMF_LINKS_SIGNING_KEY", "PMF_AZURE_MONITOR_SECRET", "PMF_ALERTMANAGER_TOKEN", "PMF_PAGERDUTY_SIGNING_SECRET", "PMF_FUNCTIONS_SIGN_IN_CLIENT_ID")),
        new(SelfHosted, "main.self-hosted.bicepparam", EnvironmentWith(
            "PMF_LINKS_SIGNING_KEY", "PMF_AZURE_MONITOR_SECRET", "PMF_ALERTMANAGER_TOKEN", "PMF_PAGERDUTY_SIGNING_SECRET",
            "PMF_GRAPH_CLIENT_SECRET", "PMF_GITHUB_TOKEN", "PMF_PAGERDUTY_API_TOKEN", "PMF_GRAPH_CLIENT_ID")),
    ];

    // Every PMF_ variable is set or removed explicitly, so the shell running the tests cannot change the outcome.
    private static Dictionary<string, string?> EnvironmentWith(params string[] names)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in SecretValues)
        {
            environment[name] = names.Contains(name) ? value : null;
        }
        environment["PMF_GRAPH_CLIENT_ID"] = names.Contains("PMF_GRAPH_CLIENT_ID") ? GraphClientId : null;
        environment["PMF_FUNCTIONS_SIGN_IN_CLIENT_ID"] = names.Contains("PMF_FUNCTIONS_SIGN_IN_CLIENT_ID") ? SignInClientId : null;
        environment["PMF_DRAFTING_MODEL"] = DraftingModel;
        return environment;
    }
}
