namespace PostMortemFlow.Integrations.Collection;

/// <summary>What every collector shares: the window margins, its timeout and its retries (each collector's section, e.g. <c>Evidence:Prometheus</c>).</summary>
public abstract class CollectorOptions
{
    /// <summary>How far before the incident's start the window opens.</summary>
    public TimeSpan MarginBefore { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How far past the incident's end (or now, while open) the window closes.</summary>
    public TimeSpan MarginAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The whole collection of this source, retries included; past it the source becomes a data gap.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Tries per request for connection errors, 408, 429 and 5xx.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>First back-off delay, doubled on each retry unless the server sent Retry-After.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between tries, Retry-After included.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
