using System.Globalization;
using System.Net;
using System.Net.Sockets;
using PostMortemFlow.Integrations.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Publishing.Tests.Flow;

/// <summary>The real server with Graph e-mail, SharePoint, Graph calendar and GitHub tickets pointed at a fake cloud, and timers of seconds.</summary>
public sealed class PublishingServerFactory(FakeCloud cloud) : WebApplicationFactory<Program>
{
    public string DataPath { get; } = Directory.CreateTempSubdirectory("pmf-publishing-").FullName;

    public FakeTokenCredential Credential { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage:DataPath"] = DataPath,
            ["Cluster:SiloPort"] = Port(),
            ["Cluster:GatewayPort"] = Port(),
            ["Cluster:Reminders:MinimumReminderPeriod"] = "00:00:00.100",
            ["Cluster:Reminders:RefreshReminderListPeriod"] = "00:00:00.500",
            ["Cluster:Reminders:ReminderLoadingWindow"] = "00:00:01",
            ["Workflow:PublishNudge"] = "00:00:03",
            ["Workflow:PublishDeadline"] = "00:00:06",
            ["Workflow:EscalationRepeat"] = "00:01:00",
            ["Workflow:WeeklyReview"] = "00:00:04",
            ["Workflow:FollowUp"] = "00:00:10",
            ["Workflow:RetryInitialDelay"] = "00:00:00.300",
            ["Workflow:RetryMaxDelay"] = "00:00:01",
            ["Workflow:ReminderPeriod"] = "00:00:01",
            ["Links:PublicBaseUrl"] = "https://pmf.example",
            ["Email:Provider"] = "Graph",
            ["Reports:Provider"] = "SharePoint",
            ["Calendar:Provider"] = "Graph",
            ["Tickets:Provider"] = "GitHub",
            ["Graph:ClientId"] = "00000000-0000-0000-0000-000000000001",
            ["Graph:BaseUrl"] = cloud.GraphUrl,
            ["Graph:SenderMailbox"] = GraphFixture.Sender,
            ["Drafting:PeopleDirectory"] = "Graph",
            ["SharePoint:DriveId"] = "reports-drive",
            ["GitHub:Token"] = "ghp_test_token",
            ["GitHub:BaseUrl"] = cloud.BaseUrl,
            ["GitHub:DefaultRepository"] = "contoso/reliability",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services => services.AddSingleton(new AzureCredentials(Credential, Credential)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(DataPath, recursive: true);
    }

    private static string Port()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
    }
}
