using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Graph;
using PostMortemFlow.Integrations.Identity;

namespace PostMortemFlow.Publishing.Tests.Fakes;

/// <summary>A fresh fake cloud and real Graph clients pointed at it, per test.</summary>
public sealed class GraphFixture : IAsyncDisposable
{
    public const string Sender = "postmortems@contoso.example";

    private GraphFixture(FakeCloud cloud)
    {
        Cloud = cloud;
        Connection = new GraphConnection(Options.Create(new GraphClientOptions
        {
            ClientId = "00000000-0000-0000-0000-000000000001",
            BaseUrl = cloud.GraphUrl,
            SenderMailbox = Sender,
            MaxRetries = 3,
        }), new AzureCredentials(Credential, Credential));
    }

    public FakeCloud Cloud { get; }
    public FakeTokenCredential Credential { get; } = new();
    public GraphConnection Connection { get; }
    public TestLinks Links { get; } = new();
    public TimeProvider Clock { get; } = new FixedClock(TestLinks.Now);

    public static async Task<GraphFixture> StartAsync() => new(await FakeCloud.StartAsync());

    public GraphMailClient Mail() => new(Connection, Links, Clock);

    public SharePointReportClient SharePoint(int threshold = 4 * 1024 * 1024) => new(Connection, Options.Create(new SharePointClientOptions
    {
        SiteId = "contoso.sharepoint.example,site-guid,web-guid",
        LargeFileThresholdBytes = threshold,
        SliceBytes = 320 * 1024,
    }));

    public GraphCalendarClient Calendar() => new(Connection, Links, Clock);

    public ListLogger<PlannerTicketClient> PlannerLog { get; } = new();

    /// <summary>checkout-api has its own plan and bucket, everything else the default; omar is mapped to an Entra user.</summary>
    public PlannerTicketClient Planner() => new(Connection, Options.Create(new PlannerTicketClientOptions
    {
        DefaultPlan = "plan-catchall/bucket-catchall",
        Plans = new(StringComparer.OrdinalIgnoreCase) { ["checkout-api"] = "plan-checkout/bucket-actions" },
        Assignees = new(StringComparer.OrdinalIgnoreCase) { ["omar@example.com"] = OmarUserId },
    }), Links, PlannerLog);

    public const string OmarUserId = "6e7b768e-07e2-4810-8459-485f84f8f204";

    public async ValueTask DisposeAsync()
    {
        Connection.Dispose();
        await Cloud.DisposeAsync();
    }
}
