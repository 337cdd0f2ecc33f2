namespace PostMortemFlow.Integrations.Effects;

/// <summary>
/// An outside system refused or failed a publishing call. The message says what, where and what to check; it is
/// what the outbox entry's <c>LastError</c> shows on the post-mortem. Never carries secrets.
/// </summary>
public sealed class PublishingException(string message, int? status, bool isPermanent, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The HTTP status the service answered, when it answered.</summary>
    public int? Status { get; } = status;

    /// <summary>True for refusals that retrying will not fix (bad mailbox, missing permission); the entry stays pending until fixed.</summary>
    public bool IsPermanent { get; } = isPermanent;
}
