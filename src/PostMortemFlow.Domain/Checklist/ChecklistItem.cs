namespace PostMortemFlow.Domain.Checklist;

/// <param name="Number">1–7, as in the method's validation checklist.</param>
[GenerateSerializer, Alias("pmf.ChecklistItem")]
public sealed record ChecklistItem(int Number, string Title, ChecklistStatus Status, string Reason);
