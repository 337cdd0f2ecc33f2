using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.Drafting;

/// <summary>
/// Settings <c>Drafting:*</c> of the suggestions: the model and where it runs; time-outs and retries as every outside
/// call (<c>Timeout</c>, <c>MaxAttempts</c>, <c>RetryDelay</c>, <c>MaxRetryDelay</c>).
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

    public long MaxTokensPerPostMortem { get; set; } = 50_000;
}

/// <summary>A provider without an endpoint or a model stops the start, rather than failing at the first request.</summary>
public sealed class DraftingOptionsValidator : IValidateOptions<DraftingOptions>
{
    public ValidateOptionsResult Validate(string? name, DraftingOptions options)
    {
        if (options.Provider == DraftingProvider.None)
        {
            return ValidateOptionsResult.Success;
        }
        var failures = new List<string>();
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
