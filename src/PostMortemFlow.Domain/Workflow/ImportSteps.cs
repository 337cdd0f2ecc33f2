using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>
/// Historical post-mortems: one written before PostMortemFlow becomes a read-only entry of the library, counted in the
/// insights, with no deadline, no e-mail and no review. Identity is the file's name; its content hash decides whether a
/// second import changes anything.
/// </summary>
internal static partial class ImportSteps
{
    internal static Rejection? OnImport(DecisionBuilder b, ImportPostMortem c)
    {
        if (b.State.Phase is not (Phase.None or Phase.Historical))
        {
            return new Rejection
            {
                Kind = RejectionKind.WrongPhase,
                Message = $"{c.Id} is a post-mortem under way ({b.State.Phase}); an import cannot replace it.",
            };
        }
        if (Problem(c) is { } problem)
        {
            return problem;
        }
        if (b.State.Imported?.ContentHash == c.Source.ContentHash)
        {
            return null;
        }
        var source = c.Source with { ImportedAt = b.Now, Notes = c.Source.Notes.Take(ImportedDocument.MaxNotes).ToImmutableList() };
        var first = b.State.Phase == Phase.None;
        var restriction = c.Restriction?.Normalized() ?? (first ? null : b.State.Restriction);
        b.Update(s => s with
        {
            Id = c.Id,
            PostMortem = c.Document,
            Imported = source,
            Restriction = restriction,
            DeclaredAt = first ? b.Now : s.DeclaredAt,
        });
        var note = $"imported from {source.FileName}" + (restriction is { } r ? $", {VisibilitySteps.Describe(r)}" : "");
        if (first)
        {
            b.MoveTo(Phase.Historical, source.ImportedBy, note);
        }
        else
        {
            b.Note(source.ImportedBy, "re-" + note + " (the file changed)");
        }
        return null;
    }

    private static Rejection? Problem(ImportPostMortem c)
    {
        if (string.IsNullOrWhiteSpace(c.Id))
        {
            return Rejections.Invalid("id", "An id is required.");
        }
        if (string.IsNullOrWhiteSpace(c.Source.FileName))
        {
            return Rejections.Invalid("fileName", "The imported file's name is required.");
        }
        if (!ContentHash().IsMatch(c.Source.ContentHash))
        {
            return Rejections.Invalid("contentHash", "The content hash is a SHA-256 in 64 lowercase hexadecimal digits.");
        }
        if (string.IsNullOrWhiteSpace(c.Document.Title))
        {
            return Rejections.Invalid("title", "A title is required.");
        }
        return c.Restriction?.Problem() is var (field, message) ? Rejections.Invalid($"restriction.{field}", message) : null;
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex ContentHash();
}
