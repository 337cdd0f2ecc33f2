namespace PostMortemFlow.Integrations.Identity;

/// <summary>Settings <c>Azure:*</c>: the identity the app uses for Azure resources (Blob storage, Log Analytics, Metrics).</summary>
public sealed class AzureIdentityOptions
{
    public const string Section = "Azure";

    /// <summary>A user-assigned managed identity's client id; empty means <c>DefaultAzureCredential</c> (system identity, workload identity, developer sign-in).</summary>
    public string? ManagedIdentityClientId { get; set; }
}
