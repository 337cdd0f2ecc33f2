namespace PostMortemFlow.Domain.Workflow;

public enum EffectKind
{
    CollectEvidence = 0,
    SendEmail = 1,
    PublishReport = 2,
    CreateTicket = 3,
    ScheduleFollowUp = 4,
}
