namespace PostMortemFlow.Domain.History;

/// <summary>What one edit did at its place: an element added to or removed from a list, or a value changed.</summary>
public enum EditKind
{
    Changed,
    Added,
    Removed,
}
