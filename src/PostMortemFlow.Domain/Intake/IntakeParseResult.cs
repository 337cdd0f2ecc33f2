namespace PostMortemFlow.Domain.Intake;

/// <summary>A parsed delivery, or the fields that are missing or wrong; <see cref="Ignored"/> for documented events the workflow has no use for.</summary>
public sealed record IntakeParseResult
{
    public IncidentDelivery? Delivery { get; init; }
    public IReadOnlyDictionary<string, string[]> Problems { get; init; } = new Dictionary<string, string[]>();
    public string? Ignored { get; init; }

    public static IntakeParseResult Of(IncidentDelivery delivery) => new() { Delivery = delivery };

    public static IntakeParseResult Skip(string reason) => new() { Ignored = reason };
}
