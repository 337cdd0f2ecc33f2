namespace PostMortemFlow.Domain.Intake;

/// <summary>Where an incident stands according to the last delivery about it.</summary>
public enum IncidentStatus
{
    Firing = 0,
    Acknowledged = 1,
    Resolved = 2,
}
