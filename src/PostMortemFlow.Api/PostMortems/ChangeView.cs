using PostMortemFlow.Domain.History;

namespace PostMortemFlow.Api.PostMortems;

/// <summary>One accepted edit as the API shows it: the version it made, who, when, the command and its diff.</summary>
public sealed record ChangeView(long Version, DateTimeOffset At, string By, string Command, string? Note, IReadOnlyList<FieldEditView> Edits)
{
    public static ChangeView From(RecordedChange change) =>
        new(change.Version, change.At, change.By, change.Command, change.Note, [.. change.Edits.Select(FieldEditView.From)]);
}
