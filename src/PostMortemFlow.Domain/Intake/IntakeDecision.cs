namespace PostMortemFlow.Domain.Intake;

/// <summary>What the intake decider made of a delivery or a promotion: the record to store and the answer to give.</summary>
public sealed record IntakeDecision(IncidentRecord Record, IntakeResult Result);
