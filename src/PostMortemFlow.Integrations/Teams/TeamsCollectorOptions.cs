using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.Teams;

/// <summary>Settings <c>Evidence:Teams:*</c>: the incident channel read through Microsoft Graph.</summary>
public sealed class TeamsCollectorOptions : CollectorOptions
{
    public const string Section = "Evidence:Teams";

    /// <summary>Graph's base URL; a local fake in tests.</summary>
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    public string TeamId { get; set; } = "";

    /// <summary>The incident channel (app permission ChannelMessage.Read.All).</summary>
    public string ChannelId { get; set; } = "";

    /// <summary>Messages per page (Graph allows at most 50).</summary>
    public int PageSize { get; set; } = 50;

    public int MaxPages { get; set; } = 40;
}
