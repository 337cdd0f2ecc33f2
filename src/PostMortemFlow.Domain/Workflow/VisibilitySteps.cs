using System.Globalization;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>Who may see a post-mortem: restricting it, widening or narrowing the restriction, opening it again — each recorded in the history.</summary>
internal static class VisibilitySteps
{
    internal static Rejection? OnChangeVisibility(DecisionBuilder b, ChangeVisibility c)
    {
        if (c.Restriction?.Problem() is var (field, message))
        {
            return Rejections.Invalid($"restriction.{field}", message);
        }
        var restriction = c.Restriction?.Normalized();
        if (Equals(restriction, b.State.Restriction))
        {
            return null;
        }
        b.Update(s => s with { Restriction = restriction });
        b.Note(c.By, restriction is null ? "visible to everyone" : Describe(restriction));
        return null;
    }

    internal static string Describe(Restriction restriction)
    {
        var named = restriction.People.Concat(restriction.Groups.Select(g => $"group {g}")).ToList();
        return named.Count == 0
            ? "restricted to its authors, reviewers and sponsor"
            : string.Create(CultureInfo.InvariantCulture, $"restricted to its authors, reviewers and sponsor and {string.Join(", ", named)}");
    }
}
