using PostMortemFlow.Integrations.Effects;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Drafting;
using PostMortemFlow.Integrations.GitHub;
using PostMortemFlow.Integrations.Graph;
using PostMortemFlow.Integrations.Identity;
using PostMortemFlow.Integrations.LocalOutbox;
using PostMortemFlow.Integrations.Settings;

namespace PostMortemFlow.Integrations.Tests.Hosting;

/// <summary>How a host composes the integrations: one call, settings bound and validated, nothing depending on call order.</summary>
public sealed class IntegrationsRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? compose = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        (compose ?? (s => s.AddPostMortemIntegrations()))(services);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddPostMortemIntegrations_Defaults_RegistersEveryCollectorTheLocalStoreAndTheLocalOutbox()
    {
        using var services = Build([]);

        Assert.Equal(["alertmanager", "azuremetrics", "loganalytics", "pagerduty", "prometheus", "teams", "uploads"],
            services.GetServices<IEvidenceCollector>().Select(c => c.Source).Order());
        Assert.IsType<LocalArtifactStore>(services.GetRequiredService<IArtifactStore>());
        Assert.IsType<LocalEmailSender>(services.GetRequiredService<IEmailSender>());
        Assert.IsType<LocalTicketTracker>(services.GetRequiredService<ITicketTracker>());
        Assert.Equal(["uploads"], services.GetRequiredService<IOptions<EvidenceOptions>>().Value.SourcesToCollect);
    }

    [Fact]
    public void AddPostMortemIntegrations_BlobStore_UsesTheConnectionString()
    {
        using var services = Build(new()
        {
            ["Evidence:Store"] = "Blob",
            ["Evidence:Blob:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Evidence:Blob:Container"] = "pmf",
        });

        Assert.IsType<BlobArtifactStore>(services.GetRequiredService<IArtifactStore>());
    }

    [Theory]
    [InlineData("Email:Provider", "Smtp")]
    [InlineData("Tickets:Provider", "Jira")]
    public void Providers_UnknownName_IsRefusedNamingTheSetting(string setting, string value)
    {
        using var services = Build(new() { [setting] = value });

        var failure = Assert.ThrowsAny<InvalidOperationException>(() => services.GetRequiredService<IOptions<PublishingProviders>>().Value);

        Assert.Contains(setting, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_UnknownSourceOrBlobWithoutAccount_IsRefused()
    {
        using var services = Build(new() { ["Evidence:Sources:0"] = "splunk", ["Evidence:Store"] = "Blob" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<EvidenceOptions>>().Value);

        Assert.Contains(failure.Failures, f => f.Contains("unknown source 'splunk'", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("Evidence:Blob:ConnectionString or Evidence:Blob:AccountUrl", StringComparison.Ordinal));
    }

    [Fact]
    public void Evidence_ListedSourcesWithoutTheSettingsTheyNeed_AreRefusedNamingEachSetting()
    {
        using var services = Build(new()
        {
            ["Evidence:Sources:0"] = "prometheus", ["Evidence:Sources:1"] = "alertmanager", ["Evidence:Sources:2"] = "pagerduty",
            ["Evidence:Sources:3"] = "loganalytics", ["Evidence:Sources:4"] = "teams", ["Evidence:Sources:5"] = "azuremetrics",
            ["Evidence:Prometheus:Impact:api:SloTarget"] = "99.9",
            ["Evidence:AzureMetrics:Impact:api:FailedRequests"] = "Http5xx",
            ["Evidence:LogAnalytics:Impact:*:Bin"] = "00:00:00",
        });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<EvidenceOptions>>().Value);

        string[] named =
        [
            "Evidence:Prometheus:BaseUrl", "Evidence:Prometheus:Impact:api:FailedRequests", "Evidence:Prometheus:Impact:api:SloTarget must lie between 0 and 1",
            "Evidence:Alertmanager:BaseUrl", "Evidence:PagerDuty:Token", "Evidence:LogAnalytics:WorkspaceId", "Evidence:Teams:TeamId",
            "Evidence:AzureMetrics:Impact:api:ResourceId", "Evidence:LogAnalytics:Impact:*:FailedRequests", "Evidence:LogAnalytics:Impact:*:Bin must be positive",
        ];
        Assert.All(named, setting => Assert.Contains(failure.Failures, f => f.StartsWith(setting, StringComparison.Ordinal)));
    }

    [Fact]
    public void Drafting_BoundOnce_ReachesTheWorkflowSettings_AndAPersonWithoutAnAddressIsRefused()
    {
        using var services = Build(new() { ["Drafting:QuietGap"] = "00:05:00", ["Drafting:People:@sam"] = "sam.jones@example.com", ["Drafting:Provider"] = "None" });
        using var wrong = Build(new() { ["Drafting:People:sam"] = "sam at example" });

        var drafting = services.GetRequiredService<IOptions<WorkflowOptions>>().Value.ToSettings().Drafting;
        var failure = Assert.Throws<OptionsValidationException>(() => wrong.GetRequiredService<IOptions<DraftingOptions>>().Value);

        Assert.Equal((TimeSpan.FromMinutes(5), "sam.jones@example.com", false), (drafting.QuietGap, drafting.AddressOf("sam"), drafting.SuggestionsEnabled));
        Assert.Contains(failure.Failures, f => f.StartsWith("Drafting:People:sam has \"sam at example\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Drafting_TheGraphPeopleDirectory_NeedsTheGraphApp_AndIsWhatTheEffectsAsk()
    {
        using var missing = Build(new() { ["Drafting:PeopleDirectory"] = "Graph" });
        using var services = Build(new() { ["Drafting:PeopleDirectory"] = "Graph", ["Graph:ClientId"] = "00000000-0000-0000-0000-000000000001" });
        using var none = Build(new());

        var failure = Assert.Throws<OptionsValidationException>(() => missing.GetRequiredService<IOptions<GraphClientOptions>>().Value);
        Assert.Contains(failure.Failures, f => f.StartsWith("Graph:ClientId is required", StringComparison.Ordinal));
        Assert.IsType<GraphPeopleDirectory>(services.GetRequiredService<IPeopleDirectory>());
        Assert.True(services.GetRequiredService<IOptions<WorkflowOptions>>().Value.ToSettings().Drafting.LooksUpPeople);
        Assert.IsType<NoPeopleDirectory>(none.GetRequiredService<IPeopleDirectory>());
        Assert.False(none.GetRequiredService<IOptions<WorkflowOptions>>().Value.ToSettings().Drafting.LooksUpPeople);
    }

    [Fact]
    public void Evidence_ListedSourcesWithTheirSettings_Start()
    {
        using var services = Build(new()
        {
            ["Evidence:Sources:0"] = "prometheus", ["Evidence:Prometheus:BaseUrl"] = "http://prometheus:9090/",
            ["Evidence:Prometheus:Impact:api:FailedRequests"] = "sum(irate(http_requests_total{code=~\"5..\"}[1m]))",
            ["Evidence:Prometheus:Impact:api:SloTarget"] = "0.999",
            ["Evidence:Prometheus:Impact:*:FailedRequests"] = "sum(irate(errors_total[1m]))",
        });

        Assert.Equal(["prometheus"], services.GetRequiredService<IOptions<EvidenceOptions>>().Value.Sources);
    }

    [Fact]
    public void PublishingAudiences_BoundPerService_AndAnAddressThatIsNone_IsRefusedNamingTheSetting()
    {
        using var services = Build(new() { ["Publishing:Audiences:checkout:0"] = "checkout-team@contoso.example" });
        using var wrong = Build(new() { ["Publishing:Audiences:checkout:0"] = "checkout team" });

        var settings = services.GetRequiredService<IOptions<WorkflowOptions>>().Value.ToSettings();
        var failure = Assert.Throws<OptionsValidationException>(() => wrong.GetRequiredService<IOptions<WorkflowOptions>>().Value);

        Assert.Equal(["checkout-team@contoso.example"], settings.AudiencesOf(["Checkout"]));
        Assert.Contains(failure.Failures, f => f.Contains("Publishing:Audiences:checkout has \"checkout team\"", StringComparison.Ordinal));
    }

    [Fact]
    public void LintRuleSeverities_BoundPerRule_AndAnUnknownRuleOrSeverity_IsRefusedNamingTheSetting()
    {
        using var services = Build(new()
        {
            ["Lint:Rules:blameless-language:Severity"] = "Warning",
            ["Lint:Rules:Hindsight-Language:Severity"] = "error",
        });
        using var wrong = Build(new()
        {
            ["Lint:Rules:blame:Severity"] = "Warning",
            ["Lint:Rules:vague-action-item:Severity"] = "Off",
        });

        var severities = services.GetRequiredService<IOptions<WorkflowOptions>>().Value.ToSettings().Lint.Severities;
        var failure = Assert.Throws<OptionsValidationException>(() => wrong.GetRequiredService<IOptions<WorkflowOptions>>().Value);

        Assert.Equal(FindingSeverity.Warning, severities[RuleIds.BlamelessLanguage]);
        Assert.Equal(FindingSeverity.Error, severities[RuleIds.HindsightLanguage]);
        Assert.Contains(failure.Failures, f => f.StartsWith("Lint:Rules:blame names no rule", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("Lint:Rules:vague-action-item:Severity must be Error or Warning, not \"Off\"", StringComparison.Ordinal));
    }

    [Fact]
    public void ProviderSettings_AreCheckedOnlyForTheChosenProvider()
    {
        using var local = Build([]);
        using var github = Build(new() { ["Tickets:Provider"] = "GitHub" });

        Assert.Null(local.GetRequiredService<IOptions<GitHubTicketClientOptions>>().Value.Token);
        var failure = Assert.Throws<OptionsValidationException>(() => github.GetRequiredService<IOptions<GitHubTicketClientOptions>>().Value);
        Assert.Contains("GitHub:Token is required when Tickets:Provider is GitHub.", failure.Failures);
    }

    [Fact]
    public void Registration_InEitherOrder_ChoosesTheSameExecutorsAndCredentials()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Email:Provider"] = "Graph",
            ["Graph:ClientId"] = "00000000-0000-0000-0000-000000000001",
            ["Graph:SenderMailbox"] = "postmortems@contoso.example",
            ["Azure:ManagedIdentityClientId"] = "00000000-0000-0000-0000-000000000002",
            ["Links:SigningKey"] = Convert.ToBase64String(new byte[32]),
        };
        using var evidenceFirst = Build(settings, s => s.AddEvidence().AddPublishing().AddReviewLinks());
        using var publishingFirst = Build(settings, s => s.AddPublishing().AddReviewLinks().AddEvidence());

        foreach (var services in new[] { evidenceFirst, publishingFirst })
        {
            Assert.IsType<GraphMailClient>(services.GetRequiredService<IEmailSender>());
            var credentials = services.GetRequiredService<AzureCredentials>();
            Assert.IsType<global::Azure.Identity.ManagedIdentityCredential>(credentials.Graph);
            Assert.IsType<global::Azure.Identity.ManagedIdentityCredential>(credentials.Azure);
            Assert.NotSame(credentials.Graph, credentials.Azure);
        }
    }
}
