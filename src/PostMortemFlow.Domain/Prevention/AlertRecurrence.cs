namespace PostMortemFlow.Domain.Prevention;

/// <summary>How often one signature alert fired over the interval since publication.</summary>
[GenerateSerializer, Alias("pmf.AlertRecurrence")]
public sealed record AlertRecurrence
{
    [Id(0)] public string Name { get; init; } = "";
    /// <summary>When each firing began.</summary>
    [Id(1)] public ImmutableList<DateTimeOffset> FiredAt { get; init; } = [];
    [Id(2)] public string? CouldNotCheck { get; init; }

    public bool Checked => CouldNotCheck is null;

    public int FireCount => FiredAt.Count;

    public static AlertRecurrence NotChecked(SignatureAlert alert, string reason) => new() { Name = alert.Name, CouldNotCheck = reason };
}
