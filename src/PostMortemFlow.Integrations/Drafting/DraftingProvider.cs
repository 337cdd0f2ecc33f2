namespace PostMortemFlow.Integrations.Drafting;

/// <summary><c>Drafting:Provider</c>: where suggestions are drafted, if anywhere.</summary>
public enum DraftingProvider
{
    /// <summary>No suggestions; the pages say so.</summary>
    None = 0,
    /// <summary>An Azure OpenAI deployment, with managed identity (or <c>Drafting:ApiKey</c>).</summary>
    AzureOpenAI = 1,
    /// <summary>Any endpoint speaking OpenAI's chat completions, e.g. a local Ollama.</summary>
    OpenAICompatible = 2,
}
