using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Reporting.Parsing;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Reviews;

/// <summary>
/// The part of the report a reviewer edits at each step, as the report's own Markdown (the timeline at the timeline
/// review; summary, impact, root cause, factors, action items and lessons at the analysis review), and the command
/// their edit amounts to: the edited part is put back into the whole report and read with the report parser.
/// </summary>
public static class ReviewedPart
{
    private static readonly string[] AnalysisSections = ["summary", "impact", "rootcause", "contributingfactors", "actionitems", "whatwentwell", "lessonslearned"];

    /// <summary>Whether a reviewer edits anything at this step (the approval only reads the report).</summary>
    public static bool IsEditable(ReviewPurpose purpose) => purpose is ReviewPurpose.TimelineReview or ReviewPurpose.AnalysisReview;

    public static string Of(PostMortem postMortem, ReviewPurpose purpose) =>
        string.Concat(Sections(MarkdownReportRenderer.Render(postMortem)).Where(s => Covers(purpose, s.Key)).Select(s => s.Text)).Trim() + "\n";

    /// <summary>
    /// What a reviewer's page stands on at a step: the part under review, or the whole report at the approval; a change
    /// by someone else changes it, while timers and e-mails going out do not.
    /// </summary>
    public static string Fingerprint(PostMortem postMortem, ReviewPurpose purpose) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(IsEditable(purpose) ? Of(postMortem, purpose) : MarkdownReportRenderer.Render(postMortem))));

    /// <summary>The edit as a command by <paramref name="by"/>, or what in it could not be read (then nothing changes).</summary>
    public static (PostMortemCommand? Command, IReadOnlyList<ParseProblem> Problems) Edit(PostMortem current, ReviewPurpose purpose, string edited, string by)
    {
        var sections = Sections(MarkdownReportRenderer.Render(current)).ToList();
        var first = sections.FindIndex(s => Covers(purpose, s.Key));
        if (!IsEditable(purpose) || first < 0)
        {
            return (null, [new ParseProblem(1, "Nothing is edited at this step.")]);
        }
        var kept = sections.Where(s => !Covers(purpose, s.Key)).ToList();
        var insertAt = sections.Take(first).Count(s => !Covers(purpose, s.Key));
        var text = string.Concat(kept.Take(insertAt).Select(s => s.Text)) + edited.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n\n"
            + string.Concat(kept.Skip(insertAt).Select(s => s.Text));
        var read = MarkdownReportParser.Parse(text);
        if (read.Problems.Count > 0)
        {
            return (null, read.Problems);
        }
        var pm = read.PostMortem;
        PostMortemCommand command = purpose == ReviewPurpose.TimelineReview
            ? new EditTimeline(pm.Timeline, by)
            : new EditAnalysis(AnalysisDraft.Of(pm), by);
        return (command, []);
    }

    private static bool Covers(ReviewPurpose purpose, string key) => purpose switch
    {
        ReviewPurpose.TimelineReview => key == "timeline",
        ReviewPurpose.AnalysisReview => AnalysisSections.Contains(key),
        _ => false,
    };

    /// <summary>The report cut at its <c>## </c> headings (the title and metadata are the first piece), each with its heading's key.</summary>
    private static IEnumerable<(string Key, string Text)> Sections(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var key = "";
        var text = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                yield return (key, text.ToString());
                text.Clear();
                var heading = line[3..];
                key = ReportFormat.Key(heading.Split('(')[0]);
            }
            text.Append(line).Append('\n');
        }
        yield return (key, text.ToString());
    }
}
