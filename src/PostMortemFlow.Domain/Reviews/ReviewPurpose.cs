namespace PostMortemFlow.Domain.Reviews;

/// <summary>What a signed link lets its holder do; a link for one purpose is refused for another.</summary>
public enum ReviewPurpose
{
    TimelineReview = 0,
    AnalysisReview = 1,
    Approval = 2,
    ReadReport = 3,
    /// <summary>Write one's own account, answering the questions about one's moments.</summary>
    Account = 4,
    /// <summary>Read and join the review's discussion, where someone mentioned the holder.</summary>
    Discussion = 5,
}
