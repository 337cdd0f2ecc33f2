namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>
/// One block of a document in a neutral form that Markdown, HTML and Word all reduce to, so one reader serves them
/// all. <paramref name="Line"/> is 1-based: the source line for text formats, the block's position for the others.
/// </summary>
public abstract record DocumentBlock(int Line);
