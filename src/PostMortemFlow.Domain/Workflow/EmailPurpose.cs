namespace PostMortemFlow.Domain.Workflow;

public enum EmailPurpose
{
    TimelineReviewRequest = 0,
    AnalysisReviewRequest = 1,
    ApprovalRequest = 2,
    PublishNudge = 3,
    SponsorEscalation = 4,
    PublishedReport = 5,
    WeeklyDigest = 6,
    StalledItemsEscalation = 7,
    ChangesRequested = 8,
    /// <summary>The follow-up review's evidence: whether the incident's signature recurred since publication.</summary>
    FollowUpReport = 9,
    /// <summary>A person involved gets the questions about their own moments and a personal link to answer them.</summary>
    ResponderQuestions = 10,
    /// <summary>Someone @mentioned the recipient in a comment; the link opens the discussion at that comment.</summary>
    Mention = 11,
}
