using Microsoft.Extensions.Options;

namespace PostMortemFlow.Server.Features.Publishing;

/// <summary>
/// Which system receives each kind of effect: <c>Email:Provider</c> (Local|Graph), <c>Reports:Provider</c>
/// (Local|SharePoint), <c>Calendar:Provider</c> (Local|Graph), <c>Tickets:Provider</c> (Local|GitHub|Planner).
/// Local is the embedded mode's outbox folder.
/// </summary>
public sealed class PublishingOptions
{
    public string Email { get; set; } = Local;
    public string Reports { get; set; } = Local;
    public string Calendar { get; set; } = Local;
    public string Tickets { get; set; } = Local;

    public const string Local = "Local";
    public const string Graph = "Graph";
    public const string SharePoint = "SharePoint";
    public const string GitHub = "GitHub";
    public const string Planner = "Planner";

    public bool UsesGraph => SendsFromMailbox || Is(Reports, SharePoint) || Is(Tickets, Planner);

    /// <summary>E-mail or the follow-up invite go through Graph, which needs <c>Graph:SenderMailbox</c>.</summary>
    public bool SendsFromMailbox => Is(Email, Graph) || Is(Calendar, Graph);

    public static bool Is(string value, string provider) => string.Equals(value, provider, StringComparison.OrdinalIgnoreCase);

    public static PublishingOptions From(IConfiguration configuration) => new()
    {
        Email = configuration["Email:Provider"] ?? Local,
        Reports = configuration["Reports:Provider"] ?? Local,
        Calendar = configuration["Calendar:Provider"] ?? Local,
        Tickets = configuration["Tickets:Provider"] ?? Local,
    };
}

/// <summary>Refuses unknown provider names on start.</summary>
public sealed class PublishingOptionsValidator : IValidateOptions<PublishingOptions>
{
    public ValidateOptionsResult Validate(string? name, PublishingOptions options)
    {
        var failures = new List<string>();
        Check(failures, "Email:Provider", options.Email, PublishingOptions.Local, PublishingOptions.Graph);
        Check(failures, "Reports:Provider", options.Reports, PublishingOptions.Local, PublishingOptions.SharePoint);
        Check(failures, "Calendar:Provider", options.Calendar, PublishingOptions.Local, PublishingOptions.Graph);
        Check(failures, "Tickets:Provider", options.Tickets, PublishingOptions.Local, PublishingOptions.GitHub, PublishingOptions.Planner);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string setting, string value, params string[] allowed)
    {
        if (!allowed.Any(a => PublishingOptions.Is(value, a)))
        {
            failures.Add($"{setting} must be one of {string.Join(", ", allowed)}.");
        }
    }
}
