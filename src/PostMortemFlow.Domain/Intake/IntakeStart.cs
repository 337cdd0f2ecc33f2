namespace PostMortemFlow.Domain.Intake;

/// <summary>When an incident that needs a post-mortem starts its workflow.</summary>
public enum IntakeStart
{
    /// <summary>When the source says the incident is resolved (the default): the window is known.</summary>
    Resolve = 0,
    /// <summary>On the first delivery: the evidence is gathered while the incident is still open.</summary>
    Fire = 1,
}
