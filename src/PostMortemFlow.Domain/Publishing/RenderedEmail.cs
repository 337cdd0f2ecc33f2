namespace PostMortemFlow.Domain.Publishing;

/// <summary>An e-mail ready to send: the subject and an HTML body in which all user text is encoded.</summary>
public sealed record RenderedEmail(string Subject, string Html);
