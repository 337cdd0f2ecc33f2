namespace PostMortemFlow.Domain.Workflow;

public enum Phase
{
    None = 0,
    Collecting = 1,
    TimelineReview = 2,
    AnalysisReview = 3,
    Approval = 4,
    Publishing = 5,
    Tracking = 6,
    FollowUp = 7,
    Closed = 8,
    Cancelled = 9,
    /// <summary>Written before PostMortemFlow and imported into the library: read-only, no workflow runs.</summary>
    Historical = 10,
}
