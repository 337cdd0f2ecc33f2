namespace PostMortemFlow.Server.Features.Evidence;

/// <summary>Settings <c>Evidence:*</c> that choose the sources and the artifact store.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>The sources each new post-mortem collects from (one fan-out effect each); default <c>["uploads"]</c>.</summary>
    public List<string> Sources { get; set; } = [];

    /// <summary><c>Local</c> (under <c>Storage:DataPath</c>, the default) or <c>Blob</c> (settings <c>Evidence:Blob:*</c>).</summary>
    public string Store { get; set; } = "Local";
}
