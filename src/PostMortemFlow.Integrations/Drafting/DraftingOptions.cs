using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Integrations.Collection;
using PostMortemFlow.Integrations.Settings;

namespace PostMortemFlow.Integrations.Drafting;

/// <summary>
/// Settings <c>Drafting:*</c>: the questions for the people involved, and the suggestions' model and where it runs, with
/// time-outs and retries as every outside call (<c>Timeout</c>, <c>MaxAttempts</c>, <c>RetryDelay</c>, <c>MaxRetryDelay</c>).
/// </summary>
public sealed class DraftingOptions : CollectorOptions
{
    public const string Section = "Drafting";

    public DraftingProvider Provider { get; set; } = DraftingProvider.None;

    /// <summary>The Azure OpenAI resource (<c>https://name.openai.azure.com/</c>), or the compatible endpoint's base (<c>http://localhost:11434/v1</c>).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The deployment (Azure OpenAI) or model name.</summary>
    public string Model { get; set; } = "";

    /// <summary>A key, for a compatible endpoint or an Azure resource without managed identity; never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Longest answer, in tokens.</summary>
    public int MaxOutputTokens { get; set; } = 2_000;

    public bool IncludeRestricted { get; set; }

    public long MaxTokensPerPostMortem { get; set; } = DraftingSettings.Default.MaxTokensPerPostMortem;

    /// <summary>A stretch of the timeline without a row longer than this is worth a question.</summary>
    public TimeSpan QuietGap { get; set; } = DraftingSettings.Default.QuietGap;

    public int MaxQuestionsPerPerson { get; set; } = DraftingSettings.Default.MaxQuestionsPerPerson;

    /// <summary><c>Drafting:People:&lt;timeline actor&gt;</c>: the address a handle or name in the timeline is asked at.</summary>
    public Dictionary<string, string> People { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where actors nothing else matches are looked up; <c>Graph</c> needs the Graph app's <c>User.Read.All</c>.</summary>
    public PeopleDirectory PeopleDirectory { get; set; } = PeopleDirectory.None;

    /// <summary>What the workflow's decider needs of these settings.</summary>
    public DraftingSettings ToSettings() => new()
    {
        QuietGap = QuietGap,
        MaxQuestionsPerPerson = MaxQuestionsPerPerson,
        People = People.ToImmutableDictionary(),
        LooksUpPeople = PeopleDirectory != PeopleDirectory.None,
        SuggestionsEnabled = Provider != DraftingProvider.None,
        IncludeRestricted = IncludeRestricted,
        MaxTokensPerPostMortem = MaxTokensPerPostMortem,
    };
}

/// <summary>A provider without an endpoint or a model stops the start, rather than failing at the first request.</summary>
public sealed class DraftingOptionsValidator : IValidateOptions<DraftingOptions>
{
    public ValidateOptionsResult Validate(string? name, DraftingOptions options)
    {
        var failures = new List<string>();
        if (options.QuietGap <= TimeSpan.Zero)
        {
            failures.Add($"{DraftingOptions.Section}:QuietGap must be positive.");
        }
        if (options.MaxQuestionsPerPerson < 1)
        {
            failures.Add($"{DraftingOptions.Section}:MaxQuestionsPerPerson must be at least 1.");
        }
        failures.AddRange(options.People.Where(p => !WorkflowOptionsValidator.LooksLikeAnAddress(p.Value))
            .Select(p => $"{DraftingOptions.Section}:People:{p.Key} has \"{p.Value}\", which is not an e-mail address."));
        if (options.Provider == DraftingProvider.None)
        {
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
        if (options.Endpoint is not { IsAbsoluteUri: true })
        {
            failures.Add($"{DraftingOptions.Section}:Endpoint must be an absolute URL when {DraftingOptions.Section}:Provider is {options.Provider}.");
        }
        if (string.IsNullOrWhiteSpace(options.Model))
        {
            failures.Add($"{DraftingOptions.Section}:Model must name the model or deployment.");
        }
        if (options.MaxTokensPerPostMortem <= 0 || options.MaxOutputTokens <= 0)
        {
            failures.Add($"{DraftingOptions.Section}:MaxTokensPerPostMortem and MaxOutputTokens must be positive.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
