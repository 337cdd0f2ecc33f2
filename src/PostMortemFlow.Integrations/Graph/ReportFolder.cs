using System.Globalization;
using System.Text;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Integrations.Graph;

/// <summary>Where a post-mortem's report files live in the document library: <c>Post-mortems/{yyyy}/{id}-{slug}</c>.</summary>
public static class ReportFolder
{
    public static string For(PostMortemState state, string root = "Post-mortems")
    {
        var year = state.PostMortem.Incident.StartedAt.UtcDateTime.Year.ToString(CultureInfo.InvariantCulture);
        return $"{root.Trim('/')}/{year}/{Slug(state.Id)}-{Slug(state.PostMortem.Title)}";
    }

    /// <summary>Lower-case ASCII letters and digits joined by single dashes, at most 60 characters.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var result = slug.ToString().Trim('-');
        result = result.Length > 60 ? result[..60].TrimEnd('-') : result;
        return result.Length == 0 ? "report" : result;
    }
}
