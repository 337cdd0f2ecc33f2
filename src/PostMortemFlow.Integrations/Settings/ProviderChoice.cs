namespace PostMortemFlow.Integrations.Settings;

/// <summary>One <c>{Kind}:Provider</c> setting.</summary>
public sealed class ProviderChoice<TProvider> where TProvider : struct, Enum
{
    public TProvider Provider { get; set; }
}
