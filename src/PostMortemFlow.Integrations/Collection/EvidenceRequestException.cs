namespace PostMortemFlow.Integrations.Collection;

/// <summary>An evidence source answered with an error: its HTTP status (0 when it could not be reached), its error code and message.</summary>
public sealed class EvidenceRequestException(int status, string message, string? errorCode = null, Exception? inner = null)
    : Exception(message, inner)
{
    public int Status { get; } = status;
    public string? ErrorCode { get; } = errorCode;
}
