namespace PostMortemFlow.Domain.History;

/// <summary>
/// One difference between two versions of a post-mortem, at one place: <c>timeline[3].event</c>, <c>summary</c>,
/// <c>analysis.factors[1].whys[0]</c>. Values are JSON, so any part can be shown and put back as it was.
/// </summary>
/// <remarks>
/// An index is the element's place in the newer list, except for a removed element, whose index is its place in the older one;
/// that is what lets <see cref="DocumentDiff.Undo"/> rebuild the older list exactly.
/// </remarks>
[GenerateSerializer, Alias("pmf.FieldEdit")]
public sealed record FieldEdit
{
    /// <summary>Property names and list indices (<c>[3]</c>) from the post-mortem down to the value.</summary>
    [Id(0)] public ImmutableList<string> Path { get; init; } = [];
    [Id(1)] public EditKind Kind { get; init; }
    /// <summary>The value before, as JSON; null for an added element.</summary>
    [Id(2)] public string? Before { get; init; }
    /// <summary>The value after, as JSON; null for a removed element.</summary>
    [Id(3)] public string? After { get; init; }

    /// <summary>The place as people read it: <c>timeline[3].event</c>.</summary>
    public string Field => string.Concat(Path.Select((segment, i) => i == 0 || segment.StartsWith('[') ? segment : "." + segment));
}
