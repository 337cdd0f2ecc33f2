namespace PostMortemFlow.Domain.Drafting;

/// <summary>One open question about a moment the person lived through, and the timeline row it is about.</summary>
public sealed record ResponderQuestion(DateTimeOffset Time, int Row, string Moment, string Text);
