namespace PostMortemFlow.Domain.Evidence;

/// <summary>
/// How "above the pre-incident baseline" is decided: threshold = median + max(K · 1.4826 · MAD, MinRatio · |median|, MinDelta),
/// so a flat baseline (MAD 0) still needs a real rise, and a noisy one needs more than its usual noise.
/// </summary>
public sealed record BaselineSettings
{
    public static BaselineSettings Default { get; } = new();

    public double K { get; init; } = 5;
    public double MinRatio { get; init; } = 0.5;
    public double MinDelta { get; init; } = 1e-9;
    /// <summary>Samples back at or under the threshold in a row before the series counts as recovered.</summary>
    public int RecoverySamples { get; init; } = 3;
    /// <summary>Fewer pre-incident samples than this and the first quarter of the series is used as the baseline instead.</summary>
    public int MinBaselineSamples { get; init; } = 4;
}
