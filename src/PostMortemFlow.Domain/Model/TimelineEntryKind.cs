namespace PostMortemFlow.Domain.Model;

/// <summary>The key moments of an incident; <see cref="Event"/> is any other row.</summary>
public enum TimelineEntryKind
{
    Event = 0,
    FirstSymptom = 1,
    Detected = 2,
    Paged = 3,
    Acknowledged = 4,
    Escalated = 5,
    Diagnosed = 6,
    Mitigated = 7,
    Recovered = 8,
    Resolved = 9,
}
