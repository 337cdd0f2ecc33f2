namespace PostMortemFlow.Integrations.Settings;

/// <summary>Setting <c>Tickets:Provider</c>: where action items become tickets.</summary>
public enum TicketsProvider
{
    /// <summary>JSON files under <c>tickets/</c>.</summary>
    Local = 0,
    /// <summary>GitHub issues (Octokit).</summary>
    GitHub = 1,
    /// <summary>Planner tasks through Graph.</summary>
    Planner = 2,
}
